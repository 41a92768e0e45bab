import { describe, expect, it } from 'vitest';
import type { Finding } from '@isf/framework';
import type { Peer } from '../presence/Peer';
import { buildDecorations } from './useNodeDecorations';

const peer = (id: string, clientId: number, name = id): Peer => ({
  clientId,
  id,
  name,
  color: '#c00',
  role: 'editor',
  entity: null,
  cursor: null,
  selected: [],
  dragging: null,
  viewport: null,
  following: null,
});
const finding: Finding = {
  rule: 'NO-LEAD',
  severity: 'warning',
  code: 'finding.NO-LEAD.activity',
  params: { item: '"a"' },
  message: 'm',
  nodeIds: ['a'],
  edgeIds: [],
};

describe('buildDecorations', () => {
  it('merges findings and peers, without me and without duplicate tabs', () => {
    const map = buildDecorations(
      new Map([['a', [finding]]]),
      new Map([
        ['a', [peer('ben', 1), peer('ben', 2), peer('me', 3)]],
        ['b', [peer('me', 3)]],
      ]),
      'me',
    );
    expect(map.get('a')?.findings).toEqual([finding]);
    expect(map.get('a')?.peers.map((p) => p.id)).toEqual(['ben']);
    expect(map.has('b')).toBe(false);
  });
});
