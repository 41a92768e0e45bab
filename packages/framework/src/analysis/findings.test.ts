import { describe, expect, it } from 'vitest';
import type { Finding } from '../schema/index';
import { analyzeBoard } from './analyzeBoard';
import { compareFindings, findingsByNode } from './findings';
import { DEFAULT_ANALYZE_OPTIONS } from './options';
import { act, board, con, obj, out, seq } from './testBoard';

const f = (rule: Finding['rule'], severity: Finding['severity'], nodeIds: string[]): Finding => ({
  rule,
  severity,
  code: `finding.${rule}.test`,
  params: {},
  message: '',
  nodeIds,
  edgeIds: [],
});

describe('findings', () => {
  it('findingsByNode groups findings by every node they name, once per node', () => {
    const a = f('SEQ-CYCLE', 'error', ['x', 'y', 'x']);
    const b = f('NO-LEAD', 'warning', ['y']);
    const map = findingsByNode([a, b]);
    expect(map.get('x')).toEqual([a]);
    expect(map.get('y')).toEqual([a, b]);
    expect(map.has('z')).toBe(false);
  });

  it('compareFindings sorts by severity, then rule order, then ids', () => {
    const list = [
      f('ORPHAN', 'info', ['a']),
      f('NO-LEAD', 'warning', ['b']),
      f('NO-LEAD', 'warning', ['a']),
      f('PRI-LEVEL', 'warning', ['z']),
      f('DANGLING-EDGE', 'error', []),
      f('SEQ-CYCLE', 'error', ['q']),
    ];
    expect([...list].sort(compareFindings).map((x) => `${x.rule}:${x.nodeIds.join()}`)).toEqual([
      'SEQ-CYCLE:q',
      'DANGLING-EDGE:',
      'PRI-LEVEL:z',
      'NO-LEAD:a',
      'NO-LEAD:b',
      'ORPHAN:a',
    ]);
  });

  it('analyzeBoard runs every rule by default and returns sorted findings', () => {
    const nodes = [act('a', { lead: null }), act('b'), out('o'), obj('j')];
    const edges = [
      seq('a', 'b'),
      seq('b', 'a'),
      con('a', 'o'),
      con('b', 'o'),
      con('o', 'j'),
      con('j', 'a'),
      seq('a', 'nope'),
    ];
    const result = analyzeBoard(board(nodes, edges));
    expect(result.map((x) => x.rule)).toEqual([
      'SEQ-CYCLE',
      'CONTRIBUTES-SHAPE',
      'DANGLING-EDGE',
      'NO-LEAD',
    ]);
    expect([...result].sort(compareFindings)).toEqual(result);
  });

  it('DEFAULT_ANALYZE_OPTIONS holds the documented defaults', () => {
    expect(DEFAULT_ANALYZE_OPTIONS).toEqual({
      overloadThreshold: 8,
      allAtOnceShare: 0.6,
      allAtOnceMinActivities: 5,
      highPriorityLevel: 2,
      staleAfterDays: 90,
    });
  });
});
