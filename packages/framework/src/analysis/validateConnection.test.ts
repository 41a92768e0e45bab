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

  it('refuses a sequence edge that closes a loop through the hierarchy (SEQ-CYCLE semantics)', () => {
    const tree = [obj('j'), out('o1'), out('o2'), act('a1'), act('b1')];
    const links = [con('o1', 'j'), con('o2', 'j'), con('a1', 'o1'), con('b1', 'o2')];
    // a1 → b1 exists; o2 → o1 would close a1 → b1 ⊂ o2 → o1 ⊃ a1
    const b = board(tree, [...links, seq('a1', 'b1')]);
    const r = validateConnection(b, { kind: 'sequence', source: 'o2', target: 'o1' });
    expect(r).toMatchObject({ ok: false, reason: 'cycle', path: ['o1', 'a1', 'b1', 'o2'] });
    expect(!r.ok && r.message).toBe(
      '"Out o1" cannot follow "Out o2": "Out o1" contains "Act a1", which must finish before "Act b1" starts, which is part of "Out o2", so this would create a sequencing loop.',
    );
    // an output before its own activity is a loop; an activity before its own output or objective is not
    expect(
      validateConnection(board(tree, links), { kind: 'sequence', source: 'o1', target: 'a1' }),
    ).toMatchObject({ reason: 'cycle', path: ['a1', 'o1'] });
    expect(
      validateConnection(board(tree, links), { kind: 'sequence', source: 'a1', target: 'o1' }),
    ).toEqual({ ok: true });
    expect(
      validateConnection(board(tree, links), { kind: 'sequence', source: 'a1', target: 'j' }),
    ).toEqual({ ok: true });
    // the opposite direction of the same pair is fine
    expect(validateConnection(b, { kind: 'sequence', source: 'o1', target: 'o2' })).toEqual({
      ok: true,
    });
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
