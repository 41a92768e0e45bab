import { describe, expect, it } from 'vitest';
import { findPath } from './graph';
import { validateConnection } from './validateConnection';
import { act, board, con, obj, out, pri, seq } from './testBoard';

const nodes = [act('a'), act('b'), act('c'), out('o'), obj('j')];

describe('validateConnection', () => {
  it('accepts a fine edge', () => {
    expect(
      validateConnection(board(nodes, [seq('a', 'b')]), {
        kind: 'sequence',
        source: 'b',
        target: 'c',
      }),
    ).toEqual({ ok: true });
    expect(
      validateConnection(board(nodes), { kind: 'contributes', source: 'a', target: 'o' }),
    ).toEqual({ ok: true });
  });

  it('refuses missing nodes, self-loops and wrong contributes shapes', () => {
    const b = board(nodes);
    expect(validateConnection(b, { kind: 'sequence', source: 'a', target: 'zz' })).toMatchObject({
      ok: false,
      reason: 'missing-node',
    });
    const self = validateConnection(b, { kind: 'sequence', source: 'a', target: 'a' });
    expect(self).toMatchObject({ ok: false, reason: 'self-loop' });
    expect(!self.ok && self.message).toContain('"Act a"');
    expect(validateConnection(b, { kind: 'contributes', source: 'a', target: 'j' })).toMatchObject({
      reason: 'contributes-shape',
    });
    expect(validateConnection(b, { kind: 'contributes', source: 'o', target: 'a' })).toMatchObject({
      reason: 'contributes-shape',
    });
  });

  it('refuses duplicates of the same kind only', () => {
    const b = board(nodes, [seq('a', 'b'), con('a', 'o')]);
    expect(validateConnection(b, { kind: 'sequence', source: 'a', target: 'b' })).toMatchObject({
      reason: 'duplicate',
    });
    expect(validateConnection(b, { kind: 'contributes', source: 'a', target: 'o' })).toMatchObject({
      reason: 'duplicate',
    });
    expect(validateConnection(b, { kind: 'priority', source: 'a', target: 'b' })).toEqual({
      ok: true,
    });
  });

  it('refuses a sequence edge that closes a cycle, with the cycle path', () => {
    const b = board(nodes, [seq('a', 'b'), seq('b', 'c')]);
    const r = validateConnection(b, { kind: 'sequence', source: 'c', target: 'a' });
    expect(r).toMatchObject({ ok: false, reason: 'cycle', path: ['a', 'b', 'c'] });
    expect(!r.ok && r.message).toContain('"Act a" → "Act b" → "Act c" → "Act a"');
    expect(validateConnection(b, { kind: 'sequence', source: 'b', target: 'a' })).toMatchObject({
      reason: 'cycle',
      path: ['a', 'b'],
    });
    // priority edges do not make sequence cycles
    expect(
      validateConnection(board(nodes, [pri('a', 'b')]), {
        kind: 'sequence',
        source: 'b',
        target: 'a',
      }),
    ).toEqual({ ok: true });
  });

  it('treats a reverse priority edge as a contradiction (cycle)', () => {
    const r = validateConnection(board(nodes, [pri('a', 'b')]), {
      kind: 'priority',
      source: 'b',
      target: 'a',
    });
    expect(r).toMatchObject({ ok: false, reason: 'cycle', path: ['a', 'b'] });
    expect(!r.ok && r.message).toContain('already marked more important');
  });

  it('ignores dangling edges when looking for cycles', () => {
    const b = board(nodes, [seq('a', 'ghost'), seq('ghost', 'b')]);
    expect(validateConnection(b, { kind: 'sequence', source: 'b', target: 'a' })).toEqual({
      ok: true,
    });
  });
});

describe('findPath', () => {
  it('returns a shortest path, [from] for from === to, null when unreachable', () => {
    const edges = [seq('a', 'b'), seq('b', 'c'), seq('c', 'd'), seq('a', 'c'), pri('a', 'd')];
    expect(findPath(edges, 'sequence', 'a', 'd')).toEqual(['a', 'c', 'd']);
    expect(findPath(edges, 'priority', 'a', 'd')).toEqual(['a', 'd']);
    expect(findPath(edges, 'sequence', 'd', 'a')).toBeNull();
    expect(findPath(edges, 'sequence', 'x', 'x')).toEqual(['x']);
  });
});
