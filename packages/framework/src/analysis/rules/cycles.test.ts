import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, pri, seq } from '../testBoard';

const seqCycles = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['SEQ-CYCLE'] });
const priCycles = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['PRI-CYCLE'] });
const nodes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => act(id));

describe('SEQ-CYCLE', () => {
  it('SEQ-CYCLE: nothing on an empty board or an acyclic chain', () => {
    expect(seqCycles(board([]))).toEqual([]);
    expect(seqCycles(board(nodes, [seq('a', 'b'), seq('b', 'c'), seq('a', 'c')]))).toEqual([]);
  });

  it('SEQ-CYCLE: a cycle of length 2 names the path, in order', () => {
    const f = seqCycles(board(nodes, [seq('a', 'b', 'e1'), seq('b', 'a', 'e2')]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'SEQ-CYCLE',
      severity: 'error',
      nodeIds: ['a', 'b'],
      edgeIds: ['e1', 'e2'],
    });
    expect(f[0]?.message).toContain('"Act a" → "Act b" → "Act a"');
  });

  it('SEQ-CYCLE: a cycle of length 3, starting at the smallest id', () => {
    const f = seqCycles(
      board(nodes, [seq('c', 'a', 'x3'), seq('a', 'b', 'x1'), seq('b', 'c', 'x2')]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeIds).toEqual(['a', 'b', 'c']);
    expect(f[0]?.edgeIds).toEqual(['x1', 'x2', 'x3']);
  });

  it('SEQ-CYCLE: two disjoint cycles give two findings', () => {
    const f = seqCycles(
      board(nodes, [
        seq('a', 'b'),
        seq('b', 'a'),
        seq('d', 'e'),
        seq('e', 'f'),
        seq('f', 'd'),
        seq('b', 'd'),
      ]),
    );
    expect(f.map((x) => x.nodeIds)).toEqual([
      ['a', 'b'],
      ['d', 'e', 'f'],
    ]);
  });

  it('SEQ-CYCLE: a self-loop is a cycle of one item', () => {
    const f = seqCycles(board(nodes, [seq('c', 'c', 'loop')]));
    expect(f).toEqual([
      expect.objectContaining({ nodeIds: ['c'], edgeIds: ['loop'], severity: 'error' }),
    ]);
    expect(f[0]).toMatchObject({ code: 'finding.SEQ-CYCLE.self', params: { item: '"Act c"' } });
  });

  it('SEQ-CYCLE: a self-loop inside a larger cycle is reported as well as the cycle', () => {
    const f = seqCycles(board(nodes, [seq('a', 'b'), seq('b', 'a'), seq('a', 'a', 'self')]));
    expect(f.map((x) => x.nodeIds)).toEqual([['a'], ['a', 'b']]);
  });

  it('SEQ-CYCLE: duplicate edges do not duplicate the finding', () => {
    const f = seqCycles(
      board(nodes, [seq('a', 'b', 'e1'), seq('a', 'b', 'e0'), seq('b', 'a', 'e2')]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.edgeIds).toEqual(['e0', 'e2']);
  });

  it('SEQ-CYCLE: dangling edges cannot close a cycle', () => {
    expect(seqCycles(board(nodes, [seq('a', 'ghost'), seq('ghost', 'a')]))).toEqual([]);
  });

  it('SEQ-CYCLE: a shortest cycle is shown and the rest of the loop is counted', () => {
    // a→b→a plus b→c→d→a: one component of 4 nodes
    const f = seqCycles(
      board(nodes, [seq('a', 'b'), seq('b', 'a'), seq('b', 'c'), seq('c', 'd'), seq('d', 'a')]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeIds).toEqual(['a', 'b']);
    expect(f[0]?.message).toContain('2 more items');
    expect(f[0]).toMatchObject({ code: 'finding.SEQ-CYCLE.chain', params: { count: 2 } });
  });

  it('SEQ-CYCLE: priority edges do not count', () => {
    expect(seqCycles(board(nodes, [pri('a', 'b'), pri('b', 'a')]))).toEqual([]);
  });

  it('SEQ-CYCLE: the result does not depend on the order of the input arrays', () => {
    const edges = [
      seq('a', 'b'),
      seq('b', 'c'),
      seq('c', 'a'),
      seq('d', 'e'),
      seq('e', 'd'),
      seq('f', 'f'),
    ];
    const forward = seqCycles(board(nodes, edges));
    const backward = seqCycles(board([...nodes].reverse(), [...edges].reverse()));
    expect(backward).toEqual(forward);
    expect(forward).toHaveLength(3);
  });

  it('SEQ-CYCLE: a long chain closed into one cycle does not overflow the stack', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => act(`n${String(i).padStart(5, '0')}`));
    const edges = many.map((n, i) => seq(n.id, (many[(i + 1) % many.length] ?? n).id));
    const f = seqCycles(board(many, edges));
    expect(f).toHaveLength(1);
    expect(f[0]?.nodeIds).toHaveLength(50_000);
  });
});

describe('PRI-CYCLE', () => {
  it('PRI-CYCLE: a cycle of priority edges of length 2 and 3', () => {
    const two = priCycles(board(nodes, [pri('a', 'b', 'p1'), pri('b', 'a', 'p2')]));
    expect(two).toEqual([
      expect.objectContaining({
        rule: 'PRI-CYCLE',
        severity: 'error',
        nodeIds: ['a', 'b'],
        edgeIds: ['p1', 'p2'],
      }),
    ]);
    expect(two[0]?.message).toMatch(/^Priority loop: "Act a" → "Act b" → "Act a"/);
    expect(two[0]).toMatchObject({
      code: 'finding.PRI-CYCLE.loop',
      params: { loop: '"Act a" → "Act b" → "Act a"', count: 0 },
    });
    const three = priCycles(board(nodes, [pri('a', 'b'), pri('b', 'c'), pri('c', 'a')]));
    expect(three[0]?.nodeIds).toEqual(['a', 'b', 'c']);
  });

  it('PRI-CYCLE: self-loops and two disjoint cycles', () => {
    const f = priCycles(
      board(nodes, [
        pri('a', 'a', 'self'),
        pri('b', 'c'),
        pri('c', 'b'),
        pri('d', 'e'),
        pri('e', 'd'),
      ]),
    );
    expect(f.map((x) => x.nodeIds)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('PRI-CYCLE: sequence edges do not count', () => {
    expect(priCycles(board(nodes, [seq('a', 'b'), seq('b', 'a')]))).toEqual([]);
  });
});
