import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, pri, seq } from '../testBoard';

const run = (b: ReturnType<typeof board>, highPriorityLevel?: number) =>
  analyzeBoard(b, { rules: ['PRIORITY-INVERSION'], highPriorityLevel });

describe('PRIORITY-INVERSION', () => {
  it('PRIORITY-INVERSION: a priority-1 item waiting on a priority-4 item through a chain', () => {
    const nodes = [
      act('low', { priority: 4 }),
      act('mid', { priority: 1 }),
      act('top', { priority: 1 }),
    ];
    const f = run(board(nodes, [seq('low', 'mid', 's1'), seq('mid', 'top', 's2')]));
    expect(f).toHaveLength(2);
    const top = f.find((x) => x.nodeIds[0] === 'top');
    expect(top).toMatchObject({
      severity: 'warning',
      nodeIds: ['top', 'low', 'mid'],
      edgeIds: ['s1', 's2'],
    });
    expect(top?.message).toContain(
      '"Act top" (priority 1) cannot start until "Act low" (priority 4)',
    );
    expect(top?.message).toContain('"Act low" → "Act mid" → "Act top"');
    expect(top).toMatchObject({
      code: 'finding.PRIORITY-INVERSION.waits',
      params: { level: 1, blockerLevel: 4, path: '"Act low" → "Act mid" → "Act top"' },
    });
  });

  it('PRIORITY-INVERSION: the nearest blocker is reported', () => {
    const nodes = [
      act('far', { priority: 5 }),
      act('x', { priority: 2 }),
      act('near', { priority: 3 }),
      act('t', { priority: 2 }),
    ];
    const f = run(board(nodes, [seq('far', 'x'), seq('x', 't', 'e-xt'), seq('near', 't', 'e-nt')]));
    const t = f.find((x) => x.nodeIds[0] === 't');
    expect(t?.nodeIds).toEqual(['t', 'near']);
    expect(t?.edgeIds).toEqual(['e-nt']);
  });

  it('PRIORITY-INVERSION: equal or higher-priority predecessors are fine; priority edges never block', () => {
    const nodes = [
      act('a', { priority: 1 }),
      act('b', { priority: 2 }),
      act('c', { priority: 2 }),
      act('d', { priority: 5 }),
    ];
    expect(run(board(nodes, [seq('a', 'b'), seq('b', 'c'), pri('d', 'c'), seq('c', 'd')]))).toEqual(
      [],
    );
  });

  it('PRIORITY-INVERSION: only levels up to highPriorityLevel are checked', () => {
    const nodes = [act('a', { priority: 5 }), act('b', { priority: 3 })];
    expect(run(board(nodes, [seq('a', 'b')]))).toEqual([]);
    expect(run(board(nodes, [seq('a', 'b')]), 3)).toHaveLength(1);
  });

  it('PRIORITY-INVERSION: done blockers and started items are not reported', () => {
    const doneBlocker = [act('a', { priority: 5, status: 'done' }), act('b', { priority: 1 })];
    expect(run(board(doneBlocker, [seq('a', 'b')]))).toEqual([]);
    const started = [act('a', { priority: 5 }), act('b', { priority: 1, status: 'in-progress' })];
    expect(run(board(started, [seq('a', 'b')]))).toEqual([]);
    const onHold = [act('a', { priority: 5 }), act('b', { priority: 1, status: 'on-hold' })];
    expect(run(board(onHold, [seq('a', 'b')]))).toHaveLength(1);
  });

  it('PRIORITY-INVERSION: works downstream of a cycle and ignores the cycle itself', () => {
    const nodes = [
      act('c1', { priority: 5 }),
      act('c2', { priority: 1 }),
      act('t', { priority: 1 }),
    ];
    const f = run(board(nodes, [seq('c1', 'c2'), seq('c2', 'c1'), seq('c1', 't', 'e')]));
    expect(f.map((x) => x.nodeIds)).toEqual([['t', 'c1']]);
  });

  it('PRIORITY-INVERSION: self-loops, dangling edges and an empty board do not crash or report', () => {
    expect(run(board([]))).toEqual([]);
    const nodes = [act('a', { priority: 1 })];
    expect(run(board(nodes, [seq('a', 'a'), seq('ghost', 'a')]))).toEqual([]);
  });

  it('PRIORITY-INVERSION: diamond with duplicate edges gives one finding per item', () => {
    const nodes = [
      act('s', { priority: 4 }),
      act('l', { priority: 2 }),
      act('r', { priority: 2 }),
      act('t', { priority: 2 }),
    ];
    const edges = [seq('s', 'l'), seq('s', 'r'), seq('l', 't'), seq('r', 't'), seq('r', 't')];
    const f = run(board(nodes, edges));
    expect(f.map((x) => x.nodeIds[0]).sort()).toEqual(['l', 'r', 't']);
  });
});
