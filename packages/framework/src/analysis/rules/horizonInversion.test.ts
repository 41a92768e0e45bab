import { describe, expect, it } from 'vitest';
import { createBoard } from '../../schema/index';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, pri, seq } from '../testBoard';

const run = (b: Parameters<typeof analyzeBoard>[0]) =>
  analyzeBoard(b, { rules: ['HORIZON-INVERSION'] });

describe('HORIZON-INVERSION', () => {
  it('HORIZON-INVERSION: a predecessor planned in a later horizon is reported', () => {
    const nodes = [
      act('a', { horizon: 'long' }),
      act('b', { horizon: 'mid' }),
      act('c', { horizon: 'short' }),
    ];
    const f = run(board(nodes, [seq('a', 'b', 's1'), seq('b', 'c', 's2')]));
    expect(f.map((x) => [x.nodeIds, x.edgeIds, x.severity])).toEqual([
      [['a', 'b'], ['s1'], 'warning'],
      [['b', 'c'], ['s2'], 'warning'],
    ]);
    expect(f[0]?.message).toContain('later horizon (Long term)');
    expect(f[0]?.code).toBe('finding.HORIZON-INVERSION.later');
    expect(f[0]?.params).toMatchObject({ horizonA: 'Long term' });
  });

  it('HORIZON-INVERSION: same or later horizons are fine; priority edges do not count', () => {
    const nodes = [
      act('a', { horizon: 'short' }),
      act('b', { horizon: 'short' }),
      act('c', { horizon: 'long' }),
    ];
    expect(
      run(board(nodes, [seq('a', 'b'), seq('b', 'c'), pri('c', 'a'), seq('c', 'ghost')])),
    ).toEqual([]);
  });

  it('HORIZON-INVERSION: uses the board horizon labels when meta is given', () => {
    const b = createBoard({
      horizonLabels: { short: '0-6 months', mid: '6-18 months', long: 'Beyond 18 months' },
      nodes: [act('a', { horizon: 'mid' }), act('b', { horizon: 'short' })],
      edges: [seq('a', 'b')],
    });
    expect(run(b)[0]?.message).toContain('6-18 months');
  });
});
