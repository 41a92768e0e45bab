import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_STATUSES,
  EDGE_KINDS,
  FindingSchema,
  HORIZONS,
  NODE_KINDS,
  NODE_STATUSES,
  createBenchmark,
  createEdge,
  createNode,
  horizonIndex,
} from '../schema/index';
import type { Edge, EdgeKind, PlanNode } from '../schema/index';
import { analyzeBoard } from './analyzeBoard';
import { criticalChain } from './criticalChain';
import { earliestHorizon } from './earliestHorizon';
import { compareFindings } from './findings';
import { sequenceOrder } from './sequenceOrder';
import { validateConnection } from './validateConnection';

/** Ids are drawn from a small pool so that cycles, duplicates and dangling ends are common. */
const POOL = Array.from({ length: 8 }, (_, i) => `n${i}`);
const idArb = fc.oneof(
  { arbitrary: fc.constantFrom(...POOL), weight: 12 },
  { arbitrary: fc.constant('ghost'), weight: 1 },
);

const nodeArb = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      horizon: fc.constantFrom(...HORIZONS),
      priority: fc.integer({ min: 1, max: 5 }),
      status: fc.constantFrom(...NODE_STATUSES),
      lead: fc.option(fc.constantFrom('undp', 'police', 'force'), { nil: null }),
      durationWeeks: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      title: fc.constantFrom('', 'Title', 'Élections'),
      benchmarks: fc.array(
        fc.record({
          status: fc.constantFrom(...BENCHMARK_STATUSES),
          lastReviewed: fc.option(
            fc.constantFrom('2025-01-01', '2026-05-01', '2026-06-01T10:00:00Z'),
            { nil: null },
          ),
        }),
        { maxLength: 2 },
      ),
    })
    .map(({ benchmarks, ...rest }) =>
      createNode({
        id,
        ...rest,
        benchmarks: benchmarks.map((b, i) =>
          createBenchmark({ id: `${id}-b${i}`, horizon: 'short', text: '', ...b }),
        ),
      }),
    );

const nodesArb = fc
  .oneof(
    { arbitrary: fc.subarray(POOL), weight: 1 },
    { arbitrary: fc.subarray(POOL, { minLength: 6 }), weight: 4 },
  )
  .chain((ids) =>
    ids.length === 0 ? fc.constant([] as PlanNode[]) : fc.tuple(...ids.map(nodeArb)),
  )
  .map((nodes) => [...nodes]);

const edgesArb = (kinds: readonly EdgeKind[] = EDGE_KINDS) =>
  fc
    .array(fc.record({ kind: fc.constantFrom(...kinds), source: idArb, target: idArb }), {
      maxLength: 30,
    })
    .map((list) => list.map((e, i) => createEdge({ id: `e${String(i).padStart(2, '0')}`, ...e })));

const boardArb = fc.record({ nodes: nodesArb, edges: edgesArb() });

/** Test oracle: does `to` reach `from`-side via sequence edges between existing nodes (≥ 1 edge)? */
function reaches(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
  from: string,
  to: string,
): boolean {
  const ids = new Set(nodes.map((n) => n.id));
  const live = edges.filter((e) => e.kind === 'sequence' && ids.has(e.source) && ids.has(e.target));
  const seen = new Set<string>();
  const stack = live.filter((e) => e.source === from).map((e) => e.target);
  while (stack.length > 0) {
    const v = stack.pop() as string;
    if (v === to) return true;
    if (seen.has(v)) continue;
    seen.add(v);
    for (const e of live) if (e.source === v) stack.push(e.target);
  }
  return false;
}

describe('analysis properties', () => {
  it('analyzeBoard never throws and returns valid, sorted findings', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.option(fc.constantFrom('2026-06-30', 'garbage'), { nil: undefined }),
        (board, now) => {
          const findings = analyzeBoard(board, { now });
          for (const f of findings) FindingSchema.parse(f);
          expect([...findings].sort(compareFindings)).toEqual(findings);
          expect(
            analyzeBoard(
              { nodes: [...board.nodes].reverse(), edges: [...board.edges].reverse() },
              { now },
            ),
          ).toEqual(findings);
        },
      ),
    );
  });

  it('SEQ-CYCLE and PRIORITY-INVERSION report real paths of sequence edges', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const edgeById = new Map(board.edges.map((e) => [e.id, e]));
        const byId = new Map(board.nodes.map((n) => [n.id, n]));
        for (const f of analyzeBoard(board, { rules: ['SEQ-CYCLE', 'PRIORITY-INVERSION'] })) {
          const chain = f.edgeIds.map((id) => edgeById.get(id) as Edge);
          for (const e of chain) expect(e.kind).toBe('sequence');
          for (let i = 1; i < chain.length; i++)
            expect(chain[i]?.source).toBe(chain[i - 1]?.target);
          if (f.rule === 'SEQ-CYCLE') {
            expect(chain[chain.length - 1]?.target).toBe(chain[0]?.source);
          } else {
            const item = byId.get(f.nodeIds[0] as string) as PlanNode;
            const blocker = byId.get(chain[0]?.source as string) as PlanNode;
            expect(chain[chain.length - 1]?.target).toBe(item.id);
            expect(item.priority).toBeLessThanOrEqual(2);
            expect(blocker.priority).toBeGreaterThan(item.priority);
          }
        }
      }),
    );
  });

  it('sequenceOrder lists every node once and respects every sequence edge outside cycles', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const order = sequenceOrder({ nodes, edges });
        expect([...order].sort()).toEqual(nodes.map((n) => n.id).sort());
        const pos = new Map(order.map((id, i) => [id, i]));
        for (const e of edges) {
          if (e.kind !== 'sequence' || !pos.has(e.source) || !pos.has(e.target)) continue;
          if (e.source === e.target || reaches(nodes, edges, e.target, e.source)) continue; // on a cycle
          expect(pos.get(e.source)).toBeLessThan(pos.get(e.target) as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validateConnection says cycle iff adding the edge makes SEQ-CYCLE appear (acyclic boards)', () => {
    // sequence edges only go from a smaller to a larger pool id, so the base board is acyclic
    const dagArb = fc.record({ nodes: nodesArb, edges: edgesArb() }).map(({ nodes, edges }) => ({
      nodes,
      edges: edges.filter((e) => e.kind !== 'sequence' || e.source < e.target),
    }));
    fc.assert(
      fc.property(dagArb, idArb, idArb, (board, source, target) => {
        expect(analyzeBoard(board, { rules: ['SEQ-CYCLE'] })).toEqual([]);
        const check = validateConnection(board, { kind: 'sequence', source, target });
        if (!check.ok && check.reason !== 'cycle') {
          expect(['missing-node', 'self-loop', 'duplicate']).toContain(check.reason);
          return;
        }
        const added = {
          ...board,
          edges: [...board.edges, createEdge({ id: 'new', kind: 'sequence', source, target })],
        };
        const appears = analyzeBoard(added, { rules: ['SEQ-CYCLE'] }).length > 0;
        expect(!check.ok && check.reason === 'cycle').toBe(appears);
      }),
      { numRuns: 300 },
    );
  });

  it('validateConnection cycle matches reachability on any board, with a real path', () => {
    fc.assert(
      fc.property(
        boardArb,
        idArb,
        idArb,
        fc.constantFrom('sequence', 'priority' as const),
        (board, s, t, kind) => {
          const check = validateConnection(board, { kind, source: s, target: t });
          if (!check.ok && check.reason !== 'cycle') return;
          const same = board.edges.map((e) =>
            e.kind === kind
              ? { ...e, kind: 'sequence' as const }
              : { ...e, kind: 'contributes' as const },
          );
          expect(!check.ok).toBe(reaches(board.nodes, same, t, s));
          if (!check.ok) {
            expect(check.path?.[0]).toBe(t);
            expect(check.path?.[check.path.length - 1]).toBe(s);
          }
        },
      ),
    );
  });

  it('criticalChain is a real chain no shorter than any other chain (brute force)', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const chain = criticalChain({ nodes, edges });
        const byId = new Map(nodes.map((n) => [n.id, n]));
        const onCycle = (id: string) => reaches(nodes, edges, id, id);
        const live = edges.filter(
          (e) =>
            e.kind === 'sequence' &&
            byId.has(e.source) &&
            byId.has(e.target) &&
            !onCycle(e.source) &&
            !onCycle(e.target),
        );
        const w = (id: string) => byId.get(id)?.durationWeeks ?? 1;
        const memo = new Map<string, number>();
        const longestFrom = (id: string): number => {
          const known = memo.get(id);
          if (known !== undefined) return known;
          const best =
            w(id) +
            Math.max(0, ...live.filter((e) => e.source === id).map((e) => longestFrom(e.target)));
          memo.set(id, best);
          return best;
        };
        const expected =
          live.length === 0 ? 0 : Math.max(...live.map((e) => longestFrom(e.source)));
        expect(chain.length).toBe(expected);
        expect(chain.length).toBe(chain.nodeIds.reduce((sum, id) => sum + w(id), 0));
        chain.edgeIds.forEach((id, i) => {
          const e = live.find((x) => x.id === id);
          expect(e?.source).toBe(chain.nodeIds[i]);
          expect(e?.target).toBe(chain.nodeIds[i + 1]);
        });
      }),
    );
  });

  it('earliestHorizon is at least every non-cyclic predecessor horizon', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const earliest = earliestHorizon({ nodes, edges });
        const byId = new Map(nodes.map((n) => [n.id, n]));
        expect(earliest.size).toBe(byId.size);
        for (const e of edges) {
          const a = byId.get(e.source);
          if (
            e.kind !== 'sequence' ||
            !a ||
            !byId.has(e.target) ||
            reaches(nodes, edges, e.target, e.source)
          )
            continue;
          const need = Math.max(
            horizonIndex(a.horizon),
            horizonIndex(earliest.get(a.id) ?? 'short'),
          );
          expect(horizonIndex(earliest.get(e.target) ?? 'short')).toBeGreaterThanOrEqual(need);
        }
      }),
    );
  });
});
