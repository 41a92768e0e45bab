import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, con, obj, out, seq } from '../testBoard';

const run = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['ORPHAN'] });

describe('ORPHAN', () => {
  it('ORPHAN: a complete result chain has no orphans', () => {
    expect(run(board([act('a'), out('o'), obj('j')], [con('a', 'o'), con('o', 'j')]))).toEqual([]);
  });

  it('ORPHAN: an activity contributing to nothing is a warning', () => {
    const f = run(
      board(
        [act('a'), act('b'), out('o'), obj('j')],
        [con('a', 'o'), con('o', 'j'), seq('b', 'a')],
      ),
    );
    expect(f).toEqual([
      expect.objectContaining({ rule: 'ORPHAN', severity: 'warning', nodeIds: ['b'] }),
    ]);
    expect(f[0]?.message).toContain('contributes to no output');
    expect(f[0]?.code).toBe('finding.ORPHAN.activity-no-output');
    expect(f[0]?.params).toEqual({ item: expect.stringMatching(/^".*"$/) });
  });

  it('ORPHAN: an output with no activity is info; an output with no objective is a warning', () => {
    const f = run(board([out('o'), obj('j'), out('p'), act('a')], [con('o', 'j'), con('a', 'p')]));
    expect(f.map((x) => [x.nodeIds[0], x.severity])).toEqual([
      ['p', 'warning'],
      ['o', 'info'],
    ]);
  });

  it('ORPHAN: an objective without outputs is info', () => {
    expect(run(board([obj('j')]))).toEqual([
      expect.objectContaining({ severity: 'info', nodeIds: ['j'] }),
    ]);
  });

  it('ORPHAN: wrongly shaped or dangling links do not count as contributing', () => {
    const f = run(board([act('a'), obj('j')], [con('a', 'j'), con('a', 'ghost')]));
    expect(f.map((x) => x.nodeIds[0]).sort()).toEqual(['a', 'j']);
  });
});
