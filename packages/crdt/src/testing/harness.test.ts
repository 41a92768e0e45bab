import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '@isf/framework';
import { createReplicas, type Replica } from './harness';
import { mulberry32, runScenario, stats, stepArb } from './scenario';

describe('convergence harness', () => {
  it('all replicas converge after random concurrent commands, undo, restores and partial delivery', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }).chain((count) =>
          fc.tuple(
            fc.constant(count),
            fc.array(stepArb(count), {
              minLength: 8,
              maxLength: Number(process.env.HARNESS_MAX_STEPS ?? 30),
            }),
          ),
        ),
        ([count, steps]) => runScenario(count, steps),
      ),
      {
        numRuns: Number(process.env.HARNESS_RUNS ?? 1000),
        seed: Number(process.env.HARNESS_SEED ?? 20261127),
      },
    );
    if (process.env.HARNESS_STATS) console.log(stats);
  }, 120_000);

  it('keeps both of two concurrent sequence edges that close a cycle; every replica flags SEQ-CYCLE', () => {
    const { replicas, connector } = createReplicas(3);
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'activity' } });
    a.store.run({ type: 'node.add', node: { id: 'y', kind: 'activity' } });
    connector.flush();
    expect(
      a.store.run({ type: 'edge.connect', kind: 'sequence', source: 'x', target: 'y', id: 'xy' })
        .ok,
    ).toBe(true);
    expect(
      b.store.run({ type: 'edge.connect', kind: 'sequence', source: 'y', target: 'x', id: 'yx' })
        .ok,
    ).toBe(true);
    connector.flush();
    for (const r of [a, b, c]) {
      const board = r.store.read();
      expect(board.edges.map((e) => e.id)).toEqual(['xy', 'yx']);
      const cycle = analyzeBoard(board).find((f) => f.rule === 'SEQ-CYCLE');
      expect(cycle?.nodeIds.slice().sort()).toEqual(['x', 'y']);
    }
  });

  it('undo of a delete after a colleague overwrote a field of the deleted node reads a whole record', () => {
    const { replicas, connector } = createReplicas(2);
    const [a, b] = replicas as [Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'output', priority: 2 } });
    a.store.run({
      type: 'benchmark.add',
      nodeId: 'x',
      benchmark: { id: 'b', horizon: 'short', text: 't' },
    });
    connector.flush();
    a.store.run({ type: 'node.delete', ids: ['x'] });
    b.store.run({ type: 'node.update', id: 'x', fields: { priority: 5, status: 'done' } });
    b.store.run({
      type: 'benchmark.setStatus',
      nodeId: 'x',
      benchmarkId: 'b',
      status: 'achieved',
      reviewer: 'B',
    });
    connector.flush();
    expect(a.undo.undo()).toBe(true);
    connector.flush();
    for (const r of replicas) {
      const report = r.store.readReport();
      expect(report.skipped).toEqual([]);
      // the overwritten fields have nothing to come back to: they read as the factory defaults
      expect(report.board.nodes[0]).toMatchObject({
        id: 'x',
        kind: 'output',
        priority: 3,
        status: 'planned',
      });
      expect(report.board.nodes[0]?.benchmarks[0]).toMatchObject({
        id: 'b',
        text: 't',
        status: 'not-started',
      });
    }
    expect(a.store.read()).toEqual(b.store.read());
  });

  it('delete vs update of the same node: stays deleted, no half record, no crash', () => {
    const { replicas, connector } = createReplicas(3);
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'output' } });
    a.store.run({
      type: 'benchmark.add',
      nodeId: 'x',
      benchmark: { id: 'b', horizon: 'short', text: '' },
    });
    connector.flush();
    a.store.run({ type: 'node.delete', ids: ['x'] });
    b.store.run({
      type: 'node.update',
      id: 'x',
      fields: { priority: 1, support: ['a1'].filter(() => false) },
    });
    b.store.run({ type: 'text.edit', nodeId: 'x', field: 'title', index: 0, insert: 'late' });
    b.store.run({
      type: 'benchmark.setStatus',
      nodeId: 'x',
      benchmarkId: 'b',
      status: 'achieved',
      reviewer: 'B',
    });
    c.store.run({ type: 'node.move', moves: [{ id: 'x', position: { x: 5, y: 5 } }] });
    connector.flush({ rng: mulberry32(7) });
    for (const r of replicas) {
      const report = r.store.readReport();
      expect(report.board.nodes).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(r.store.run({ type: 'node.update', id: 'x', fields: { priority: 2 } })).toMatchObject({
        ok: false,
        reason: 'not-found',
      });
    }
  });
});
