import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, con, pri, seq } from '../testBoard';

const run = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['DANGLING-EDGE'] });

describe('DANGLING-EDGE', () => {
  it('DANGLING-EDGE: an edge to or from a missing node is an error naming the missing id', () => {
    const f = run(
      board([act('a')], [seq('a', 'gone', 'e1'), pri('lost', 'a', 'e2'), con('x', 'y', 'e3')]),
    );
    expect(f.map((x) => [x.edgeIds, x.nodeIds])).toEqual([
      [['e3'], []],
      [['e1'], ['a']],
      [['e2'], ['a']],
    ]);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.find((x) => x.edgeIds[0] === 'e1')?.message).toContain('"gone"');
    expect(f.find((x) => x.edgeIds[0] === 'e3')?.message).toContain('"x" and "y"');
    expect(f.find((x) => x.edgeIds[0] === 'e1')).toMatchObject({
      code: 'finding.DANGLING-EDGE.one',
      params: { edge: 'e1', missing: '"gone"' },
    });
    expect(f.find((x) => x.edgeIds[0] === 'e3')).toMatchObject({
      code: 'finding.DANGLING-EDGE.two',
      params: { missingA: '"x"', missingB: '"y"' },
    });
  });

  it('DANGLING-EDGE: a dangling self-loop and an empty board', () => {
    expect(run(board([], [seq('z', 'z', 'e')]))).toEqual([
      expect.objectContaining({ nodeIds: [], edgeIds: ['e'] }),
    ]);
    expect(run(board([]))).toEqual([]);
  });

  it('DANGLING-EDGE: edges between existing nodes are fine', () => {
    expect(run(board([act('a'), act('b')], [seq('a', 'b'), seq('a', 'b')]))).toEqual([]);
  });
});
