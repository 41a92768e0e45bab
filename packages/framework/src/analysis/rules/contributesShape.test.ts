import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, con, obj, out, seq } from '../testBoard';

const run = (b: ReturnType<typeof board>) => analyzeBoard(b, { rules: ['CONTRIBUTES-SHAPE'] });
const nodes = [act('a'), act('a2'), out('o'), out('o2'), obj('j')];

describe('CONTRIBUTES-SHAPE', () => {
  it('CONTRIBUTES-SHAPE: activity → output and output → objective are fine', () => {
    expect(run(board(nodes, [con('a', 'o'), con('o', 'j')]))).toEqual([]);
  });

  it('CONTRIBUTES-SHAPE: every other shape is an error', () => {
    const edges = [
      con('a', 'j', 'e1'), // activity → objective
      con('o', 'a', 'e2'), // output → activity
      con('j', 'o', 'e3'), // objective → output
      con('a', 'a2', 'e4'), // activity → activity
      con('o', 'o2', 'e5'), // output → output
      con('a', 'a', 'e6'), // self-loop
    ];
    const f = run(board(nodes, edges));
    expect(f.map((x) => x.edgeIds[0]).sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.find((x) => x.edgeIds[0] === 'e6')?.nodeIds).toEqual(['a']);
    expect(f.find((x) => x.edgeIds[0] === 'e1')?.message).toContain('(activity)');
    expect(f.find((x) => x.edgeIds[0] === 'e1')).toMatchObject({
      code: 'finding.CONTRIBUTES-SHAPE.link',
      params: { kindA: [{ code: 'word.kind.activity', params: {} }] },
    });
  });

  it('CONTRIBUTES-SHAPE: dangling and non-contributes edges are left to other rules', () => {
    expect(run(board(nodes, [con('a', 'ghost'), seq('j', 'a')]))).toEqual([]);
  });
});
