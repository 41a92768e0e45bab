import { describe, expect, it } from 'vitest';
import { earliestHorizon } from './earliestHorizon';
import { act, board, pri, seq } from './testBoard';

describe('earliestHorizon', () => {
  it('is the latest horizon among all sequencing predecessors, short without any', () => {
    const nodes = [
      act('a', { horizon: 'mid' }),
      act('b', { horizon: 'short' }),
      act('c', { horizon: 'short' }),
      act('d', { horizon: 'long' }),
      act('free', { horizon: 'long' }),
    ];
    const h = earliestHorizon(
      board(nodes, [seq('a', 'b'), seq('b', 'c'), seq('c', 'd'), pri('d', 'free')]),
    );
    expect(Object.fromEntries(h)).toEqual({
      a: 'short',
      b: 'mid',
      c: 'mid',
      d: 'mid',
      free: 'short',
    });
  });

  it('takes the maximum over several predecessors and ignores cycles and dangling edges', () => {
    const nodes = [
      act('l', { horizon: 'long' }),
      act('m', { horizon: 'mid' }),
      act('t', { horizon: 'short' }),
      act('x', { horizon: 'long' }),
      act('y', { horizon: 'short' }),
    ];
    const edges = [seq('m', 't'), seq('l', 't'), seq('x', 'y'), seq('y', 'x'), seq('ghost', 'm')];
    const h = earliestHorizon(board(nodes, edges));
    expect(h.get('t')).toBe('long');
    expect(h.get('x')).toBe('short');
    expect(h.get('y')).toBe('short');
    expect(h.get('m')).toBe('short');
  });
});
