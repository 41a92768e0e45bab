import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBenchmark } from '../schema/benchmark';
import { createBoard, normalizeBoard } from '../schema/board';
import type { Board } from '../schema/board';
import { createEdge } from '../schema/edge';
import { createNode } from '../schema/node';
import { createRisk } from '../schema/risk';
import { boardArb, boardPairArb } from '../io/arbitraries';
import { studyTemplate } from '../template/studyTemplate';
import { DiffApplyError, applyDiff } from './applyDiff';
import { diffBoards } from './diffBoards';
import { invertDiff, isEmptyDiff, summarizeDiff } from './summarizeDiff';

function base(): Board {
  return createBoard({
    title: 'Plan',
    actors: [
      { id: 'fc', name: 'Force Commander', abbrev: null, group: 'mission-component' },
      { id: 'undp', name: 'UNDP', abbrev: 'UNDP', group: 'country-team' },
    ],
    nodes: [
      createNode({ id: 'o1', kind: 'objective', title: 'Secure' }),
      createNode({
        id: 'p1',
        kind: 'output',
        title: 'Forces separated',
        lead: 'fc',
        benchmarks: [
          createBenchmark({ id: 'b1', horizon: 'short', text: 'Ceasefire signed' }),
          createBenchmark({ id: 'b2', horizon: 'mid', text: 'Violations decrease' }),
        ],
        risks: [createRisk({ id: 'r1', text: 'Consent withdrawn' })],
      }),
      createNode({ id: 'a1', kind: 'activity', title: 'Deploy troops' }),
    ],
    edges: [
      createEdge({ id: 'e1', kind: 'contributes', source: 'a1', target: 'p1' }),
      createEdge({ id: 'e2', kind: 'contributes', source: 'p1', target: 'o1' }),
    ],
  });
}

function edit(board: Board, f: (b: Board) => void): Board {
  const copy = structuredClone(board);
  f(copy);
  return normalizeBoard(copy);
}

describe('diffBoards', () => {
  it('is empty for equal boards, also when arrays are in another order', () => {
    const a = base();
    const shuffled = { ...a, nodes: [...a.nodes].reverse(), edges: [...a.edges].reverse() };
    expect(isEmptyDiff(diffBoards(a, shuffled))).toBe(true);
    expect(summarizeDiff(diffBoards(a, a)).total).toBe(0);
  });

  it('lists field changes old → new, benchmarks and risks per id', () => {
    const a = base();
    const b = edit(a, (x) => {
      const p = x.nodes.find((n) => n.id === 'p1');
      if (p === undefined) throw new Error('p1');
      p.priority = 1;
      p.support = ['undp'];
      p.position = { x: 5, y: 6 };
      p.benchmarks = [
        {
          ...(p.benchmarks[0] as (typeof p.benchmarks)[0]),
          status: 'on-track',
          lastReviewed: '2026-01-02',
        },
        createBenchmark({ id: 'b3', horizon: 'long', text: 'New' }),
      ];
      p.risks = [];
      x.meta.title = 'Plan v2';
      x.meta.horizonLabels.short = 'Now';
    });
    const d = diffBoards(a, b);
    expect(d.meta).toEqual([
      { path: ['title'], before: 'Plan', after: 'Plan v2' },
      { path: ['horizonLabels', 'short'], before: 'Short term', after: 'Now' },
    ]);
    expect(d.nodes.added).toEqual([]);
    expect(d.nodes.changed).toHaveLength(1);
    const changes = d.nodes.changed[0]?.changes ?? [];
    expect(changes.map((c) => c.path.join('.'))).toEqual([
      'priority',
      'support',
      'position',
      'benchmarks.b1.status',
      'benchmarks.b1.lastReviewed',
      'benchmarks.b2',
      'benchmarks.b3',
      'risks.r1',
    ]);
    expect(changes[0]).toEqual({ path: ['priority'], before: 3, after: 1 });
    expect(changes[1]).toEqual({ path: ['support'], before: [], after: ['undp'] });
    expect(changes[5]?.after).toBeUndefined();
    expect(changes[6]?.before).toBeUndefined();
    const s = summarizeDiff(d);
    expect(s).toMatchObject({
      nodesChanged: 1,
      benchmarksChanged: 3,
      risksChanged: 1,
      metaChanged: 2,
    });
    expect(normalizeBoard(applyDiff(a, d))).toEqual(b);
  });

  it('carries whole records for added and removed nodes, edges and actors, sorted by id', () => {
    const a = base();
    const b = edit(a, (x) => {
      x.nodes = x.nodes.filter((n) => n.id !== 'a1');
      x.edges = x.edges.filter((e) => e.source !== 'a1');
      x.nodes.push(
        createNode({ id: 'z9', kind: 'activity' }),
        createNode({ id: 'a0', kind: 'activity' }),
      );
      x.edges.push(createEdge({ id: 'e3', kind: 'sequence', source: 'a0', target: 'z9' }));
      x.actors = x.actors.filter((y) => y.id !== 'undp');
    });
    const d = diffBoards(a, b);
    expect(d.nodes.added.map((n) => n.id)).toEqual(['a0', 'z9']);
    expect(d.nodes.removed).toEqual([a.nodes.find((n) => n.id === 'a1')]);
    expect(d.edges.removed.map((e) => e.id)).toEqual(['e1']);
    expect(d.edges.added.map((e) => e.id)).toEqual(['e3']);
    expect(d.actors.removed.map((x) => x.id)).toEqual(['undp']);
    expect(summarizeDiff(d)).toMatchObject({
      nodesAdded: 2,
      nodesRemoved: 1,
      edgesAdded: 1,
      edgesRemoved: 1,
    });
    expect(applyDiff(a, d)).toEqual(b);
  });

  it('does not share objects with its inputs', () => {
    const a = base();
    const b = edit(a, (x) =>
      x.nodes.push(createNode({ id: 'n', kind: 'activity', support: ['fc'] })),
    );
    const d = diffBoards(a, b);
    d.nodes.added[0]?.support.push('mutated');
    expect(b.nodes.find((n) => n.id === 'n')?.support).toEqual(['fc']);
  });

  it('diffs two template selections', () => {
    const a = studyTemplate({ objectives: ['obj-security'] });
    const b = studyTemplate();
    const d = diffBoards(a, b);
    expect(d.nodes.added.length).toBe(b.nodes.length - a.nodes.length);
    expect(applyDiff(a, d)).toEqual(b);
  });
});

describe('applyDiff', () => {
  it('throws DiffApplyError when the board does not match', () => {
    const a = base();
    const b = edit(a, (x) => {
      const p = x.nodes.find((n) => n.id === 'p1');
      if (p !== undefined) p.title = 'Changed';
    });
    const d = diffBoards(a, b);
    const other = edit(a, (x) => {
      x.nodes = x.nodes.filter((n) => n.id !== 'p1');
    });
    expect(() => applyDiff(other, d)).toThrow(DiffApplyError);
    expect(() => applyDiff(other, d)).toThrow(/p1/);
    expect(() => applyDiff(b, diffBoards(createBoard(), a))).toThrow(/already exists/);
    const noBenchmark = edit(a, (x) => {
      const p = x.nodes.find((n) => n.id === 'p1');
      if (p !== undefined) p.benchmarks = [];
    });
    const statusChange = diffBoards(
      a,
      edit(a, (x) => {
        const bm = x.nodes.find((n) => n.id === 'p1')?.benchmarks[0];
        if (bm !== undefined) bm.status = 'achieved';
      }),
    );
    expect(() => applyDiff(noBenchmark, statusChange)).toThrow(/b1/);
  });

  it('applies hand-written field paths such as position.x', () => {
    const a = base();
    const moved = applyDiff(a, {
      meta: [],
      nodes: {
        added: [],
        removed: [],
        changed: [{ id: 'a1', changes: [{ path: ['position', 'x'], before: 0, after: 42 }] }],
      },
      edges: { added: [], removed: [], changed: [] },
      actors: { added: [], removed: [], changed: [] },
    });
    expect(moved.nodes.find((n) => n.id === 'a1')?.position).toEqual({ x: 42, y: 0 });
    expect(diffBoards(a, moved).nodes.changed[0]?.changes).toEqual([
      { path: ['position'], before: { x: 0, y: 0 }, after: { x: 42, y: 0 } },
    ]);
  });

  it('checks before-values only when asked', () => {
    const a = base();
    const b = edit(a, (x) => {
      x.meta.title = 'B';
    });
    const moved = edit(a, (x) => {
      x.meta.title = 'Someone else';
    });
    expect(applyDiff(moved, diffBoards(a, b)).meta.title).toBe('B');
    expect(() => applyDiff(moved, diffBoards(a, b), { checkBefore: true })).toThrow(DiffApplyError);
  });

  it('does not modify its input', () => {
    const a = base();
    const snapshot = structuredClone(a);
    applyDiff(a, diffBoards(a, createBoard()));
    expect(a).toEqual(snapshot);
  });
});

describe('diff properties', () => {
  it('applyDiff(a, diffBoards(a, b)) equals b', () => {
    fc.assert(
      fc.property(boardPairArb(), ([a, b]) => {
        expect(normalizeBoard(applyDiff(a, diffBoards(a, b)))).toEqual(normalizeBoard(b));
      }),
      { numRuns: 300 },
    );
  });

  it('invertDiff undoes a diff, and a diff is empty exactly for equal boards', () => {
    fc.assert(
      fc.property(boardPairArb(), ([a, b]) => {
        const d = diffBoards(a, b);
        expect(applyDiff(b, invertDiff(d))).toEqual(normalizeBoard(a));
        expect(isEmptyDiff(d)).toBe(
          JSON.stringify(normalizeBoard(a)) === JSON.stringify(normalizeBoard(b)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and survives a JSON round trip of the diff', () => {
    fc.assert(
      fc.property(boardArb(), boardArb(), (a, b) => {
        const d = diffBoards(a, b);
        expect(diffBoards(a, b)).toEqual(d);
        const viaJson = JSON.parse(JSON.stringify(d)) as typeof d;
        expect(applyDiff(a, viaJson)).toEqual(normalizeBoard(b));
      }),
      { numRuns: 100 },
    );
  });
});
