import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, pri, seq } from '../testBoard';

const run = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['PRI-LEVEL'] });

describe('PRI-LEVEL', () => {
  it('PRI-LEVEL: an edge from a lower level to a higher level is reported', () => {
    const f = run(
      board([act('a', { priority: 4 }), act('b', { priority: 1 })], [pri('a', 'b', 'p')]),
    );
    expect(f).toEqual([
      expect.objectContaining({
        rule: 'PRI-LEVEL',
        severity: 'warning',
        nodeIds: ['a', 'b'],
        edgeIds: ['p'],
      }),
    ]);
    expect(f[0]?.message).toContain('priority level is 4');
    expect(f[0]).toMatchObject({ code: 'finding.PRI-LEVEL.levels', params: { levelA: 4 } });
  });

  it('PRI-LEVEL: consistent or equal levels are fine', () => {
    const nodes = [act('a', { priority: 1 }), act('b', { priority: 3 }), act('c', { priority: 3 })];
    expect(run(board(nodes, [pri('a', 'b'), pri('b', 'c')]))).toEqual([]);
  });

  it('PRI-LEVEL: sequence edges, self-loops and dangling edges are ignored', () => {
    const nodes = [act('a', { priority: 5 }), act('b', { priority: 1 })];
    expect(
      run(board(nodes, [seq('a', 'b'), pri('a', 'a'), pri('a', 'ghost'), pri('ghost', 'b')])),
    ).toEqual([]);
  });

  it('PRI-LEVEL: duplicate edges give one finding each', () => {
    const nodes = [act('a', { priority: 5 }), act('b', { priority: 2 })];
    const f = run(board(nodes, [pri('a', 'b', 'p1'), pri('a', 'b', 'p2')]));
    expect(f.map((x) => x.edgeIds)).toEqual([['p1'], ['p2']]);
  });
});
