import { describe, expect, it } from 'vitest';
import { makeTestStore } from '../canvas/testSupport';
import {
  attentionOnly,
  isBenchmarkStale,
  localToday,
  reviewCommand,
  stocktakeGroups,
} from './stocktakeModel';

const NOW = new Date('2026-11-27T12:00:00Z');

function setup() {
  const store = makeTestStore(); // its clock says 2026-11-27
  store.run({ type: 'node.add', node: { id: 'obj', kind: 'objective', title: 'Security' } });
  store.run({ type: 'node.add', node: { id: 'out1', kind: 'output', title: 'Police' } });
  store.run({ type: 'node.add', node: { id: 'out2', kind: 'output', title: 'Army' } });
  store.run({ type: 'node.add', node: { id: 'lone', kind: 'output', title: 'Lone' } });
  store.run({ type: 'edge.connect', kind: 'contributes', source: 'out1', target: 'obj' });
  store.run({ type: 'edge.connect', kind: 'contributes', source: 'out2', target: 'obj' });
  const bm = (nodeId: string, id: string, horizon: 'short' | 'mid' | 'long') =>
    store.run({ type: 'benchmark.add', nodeId, benchmark: { id, horizon, text: id } });
  bm('out1', 'b1', 'short');
  bm('out1', 'b2', 'mid');
  bm('out2', 'b3', 'short');
  bm('out2', 'b4', 'long');
  bm('lone', 'b5', 'short');
  return store;
}

describe('stocktake', () => {
  it('dates a review in the local time zone', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    const store = setup();
    store.run(reviewCommand('out1', 'b1', 'achieved', 'Amina', '2026-11-28'));
    expect(store.getNode('out1')?.benchmarks[0]).toMatchObject({
      lastReviewed: '2026-11-28',
      reviewedBy: 'Amina',
    });
  });

  it('records the status with reviewer and today’s date', () => {
    const store = setup();
    expect(store.run(reviewCommand('out1', 'b1', 'on-track', 'Amina')).ok).toBe(true);
    expect(store.getNode('out1')?.benchmarks.find((b) => b.id === 'b1')).toMatchObject({
      status: 'on-track',
      reviewedBy: 'Amina',
      lastReviewed: '2026-11-27',
    });
  });

  it('counts benchmarks by status per objective, with stale ones', () => {
    const store = setup();
    store.run(reviewCommand('out1', 'b1', 'on-track', 'Amina'));
    store.run(reviewCommand('out2', 'b3', 'at-risk', 'Boris'));
    store.run({
      type: 'benchmark.setStatus',
      nodeId: 'out2',
      benchmarkId: 'b4',
      status: 'on-track',
      reviewer: 'C',
      date: '2026-01-01',
    });
    const groups = stocktakeGroups(store.read(), NOW);
    const security = groups.find((g) => g.objective?.id === 'obj');
    expect(security?.rows.map((r) => r.node.id)).toEqual(['out1', 'out2']);
    expect(security?.counts).toEqual({
      total: 4,
      stale: 1,
      'not-started': 1,
      'on-track': 2,
      'at-risk': 1,
      achieved: 0,
    });
    expect(security?.rows[0]?.byHorizon.mid.map((b) => b.id)).toEqual(['b2']);
    const loose = groups.find((g) => g.objective === null);
    expect(loose?.counts.total).toBe(1);
  });

  it('flags stale benchmarks like the BENCHMARK-STALE rule', () => {
    expect(
      isBenchmarkStale({ status: 'on-track', lastReviewed: '2026-08-01' }, 'planned', NOW),
    ).toBe(true);
    expect(
      isBenchmarkStale({ status: 'on-track', lastReviewed: '2026-10-01' }, 'planned', NOW),
    ).toBe(false);
    expect(
      isBenchmarkStale({ status: 'achieved', lastReviewed: '2020-01-01' }, 'planned', NOW),
    ).toBe(false);
    expect(isBenchmarkStale({ status: 'not-started', lastReviewed: null }, 'planned', NOW)).toBe(
      false,
    );
    expect(
      isBenchmarkStale({ status: 'not-started', lastReviewed: null }, 'in-progress', NOW),
    ).toBe(true);
  });
});

describe('needs-attention filter', () => {
  it('keeps at-risk and overdue benchmarks (and their rows) only, with the full counts', () => {
    const store = setup();
    store.run(reviewCommand('out2', 'b3', 'at-risk', 'Boris'));
    store.run({
      type: 'benchmark.setStatus',
      nodeId: 'out1',
      benchmarkId: 'b2',
      status: 'on-track',
      reviewer: 'C',
      date: '2026-01-01',
    });
    store.run(reviewCommand('out1', 'b1', 'on-track', 'Amina'));
    const groups = attentionOnly(stocktakeGroups(store.read(), NOW), NOW);
    const security = groups.find((g) => g.objective?.id === 'obj');
    expect(
      security?.rows.map((r) => [
        r.node.id,
        r.byHorizon.short.map((b) => b.id),
        r.byHorizon.mid.map((b) => b.id),
      ]),
    ).toEqual([
      ['out1', [], ['b2']],
      ['out2', ['b3'], []],
    ]);
    expect(security?.counts.total).toBe(4);
    expect(groups.find((g) => g.objective === null)?.rows).toEqual([]);
  });
});
