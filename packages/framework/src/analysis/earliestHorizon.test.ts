import { describe, expect, it } from 'vitest';
import { earliestHorizon } from './earliestHorizon';
import { act, board, con, obj, out, pri, seq } from './testBoard';

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

  it('reads sequencing through the hierarchy', () => {
    // x (long) must finish before output o starts: o's activities wait for x too; whatever waits
    // for o waits for o's activities (a2 is long), and an activity gating its own output does not
    // delay the output's start.
    const nodes = [
      act('x', { horizon: 'long' }),
      out('o', { horizon: 'mid' }),
      act('a1', { horizon: 'short' }),
      act('a2', { horizon: 'long' }),
      obj('j', { horizon: 'long' }),
      out('p', { horizon: 'short' }),
      act('b', { horizon: 'short' }),
      out('q', { horizon: 'short' }),
      act('qa', { horizon: 'long' }),
    ];
    const edges = [
      con('a1', 'o'),
      con('a2', 'o'),
      con('o', 'j'),
      con('p', 'j'),
      con('qa', 'q'),
      seq('x', 'o'),
      seq('o', 'b'),
      seq('qa', 'q'), // activity → its own output: gates the output's completion only
    ];
    const h = earliestHorizon(board(nodes, edges));
    expect(h.get('o')).toBe('long');
    expect(h.get('a1')).toBe('long');
    expect(h.get('b')).toBe('long'); // waits for o, hence for a2 (long)
    expect(h.get('j')).toBe('short');
    expect(h.get('p')).toBe('short');
    expect(h.get('q')).toBe('short');
  });
});
