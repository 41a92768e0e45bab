import { describe, expect, it } from 'vitest';
import { criticalChain } from './criticalChain';
import { act, board, pri, seq } from './testBoard';

describe('criticalChain', () => {
  it('finds the longest chain by item count when no durations are set', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => act(id));
    const edges = [
      seq('a', 'b', 'e1'),
      seq('b', 'c', 'e2'),
      seq('d', 'c', 'e3'),
      seq('c', 'e', 'e4'),
    ];
    expect(criticalChain(board(nodes, edges))).toEqual({
      nodeIds: ['a', 'b', 'c', 'e'],
      edgeIds: ['e1', 'e2', 'e4'],
      length: 4,
      byDuration: false,
    });
  });

  it('weights by durationWeeks (1 when absent)', () => {
    const nodes = [
      act('a'),
      act('b'),
      act('long', { durationWeeks: 10 }),
      act('end', { durationWeeks: 2 }),
    ];
    const edges = [seq('a', 'b'), seq('b', 'end'), seq('long', 'end')];
    const chain = criticalChain(board(nodes, edges));
    expect(chain.nodeIds).toEqual(['long', 'end']);
    expect(chain.length).toBe(12);
    expect(chain.byDuration).toBe(true);
  });

  it('skips cycle members, self-loops, dangling and priority edges', () => {
    const nodes = ['a', 'b', 'c', 'd', 'x', 'y'].map((id) => act(id));
    const edges = [
      seq('x', 'y'),
      seq('y', 'x'),
      seq('a', 'x'),
      seq('y', 'b'),
      seq('c', 'c'),
      seq('c', 'd'),
      seq('b', 'ghost'),
      pri('a', 'b'),
      pri('b', 'd'),
      seq('a', 'd', 'ad'),
    ];
    expect(criticalChain(board(nodes, edges))).toEqual({
      nodeIds: ['a', 'd'],
      edgeIds: ['ad'],
      length: 2,
      byDuration: false,
    });
  });

  it('is empty without usable sequence edges', () => {
    expect(criticalChain(board([act('a')]))).toEqual({
      nodeIds: [],
      edgeIds: [],
      length: 0,
      byDuration: false,
    });
    expect(criticalChain(board([]))).toEqual({
      nodeIds: [],
      edgeIds: [],
      length: 0,
      byDuration: false,
    });
  });
});
