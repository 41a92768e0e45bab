import { describe, expect, it } from 'vitest';
import { sequenceOrder } from './sequenceOrder';
import { act, board, pri, seq } from './testBoard';

describe('sequenceOrder', () => {
  it('orders by sequence edges, ties by id', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => act(id));
    expect(sequenceOrder(board(nodes, [seq('d', 'a'), seq('c', 'b'), pri('e', 'c')]))).toEqual([
      'c',
      'b',
      'd',
      'a',
      'e',
    ]);
  });

  it('keeps cycle members together at the cycle place, by id, and orders the rest around them', () => {
    const nodes = ['a', 'b', 'x', 'y', 'z'].map((id) => act(id));
    const edges = [seq('z', 'y'), seq('y', 'x'), seq('x', 'y'), seq('x', 'a'), seq('b', 'b')];
    expect(sequenceOrder(board(nodes, edges))).toEqual(['b', 'z', 'x', 'y', 'a']);
  });

  it('ignores dangling edges and handles an empty board', () => {
    expect(sequenceOrder(board([]))).toEqual([]);
    expect(
      sequenceOrder(board([act('b'), act('a')], [seq('b', 'ghost'), seq('ghost', 'a')])),
    ).toEqual(['a', 'b']);
  });
});
