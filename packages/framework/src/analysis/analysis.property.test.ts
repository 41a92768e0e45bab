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
import { eventOracle } from './testEvents';
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

/**
 * Random edges of every kind, plus up to 12 well-shaped contributes links (activity → output,
 * output → objective) so that the hierarchy is well covered; random contributes edges of any
 * shape (wrong ones, cycles, self-loops) come with `edgesArb`.
 */
const boardArb = fc
  .record({
    nodes: nodesArb,
    edges: edgesArb(),
    links: fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { maxLength: 12 }),
  })
  .map(({ nodes, edges, links }) => {
    const ofKind = (k: string) => nodes.filter((n) => n.kind === k).map((n) => n.id);
    const [acts, outs, objs] = [ofKind('activity'), ofKind('output'), ofKind('objective')];
    const extra: Edge[] = [];
    links.forEach(([up, i, j], n) => {
      const [from, to] = up ? [outs, objs] : [acts, outs];
      if (from.length === 0 || to.length === 0) return;
      const source = from[i % from.length] as string;
      const target = to[j % to.length] as string;
      extra.push(
        createEdge({ id: `c${String(n).padStart(2, '0')}`, kind: 'contributes', source, target }),
      );
    });
    return { nodes, edges: [...edges, ...extra] };
  });

/** Boards without sequencing loops: sequence edges are kept only if the oracle stays acyclic. */
const acyclicArb = boardArb.map(({ nodes, edges }) => {
  const kept = edges.filter((e) => e.kind !== 'sequence');
  for (const e of edges) {
    if (e.kind !== 'sequence') continue;
    if (!eventOracle(nodes, [...kept, e]).hasCycle()) kept.push(e);
  }
  return { nodes, edges: kept };
});

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

  it('SEQ-CYCLE appears exactly when the event graph has a loop, and shows a real loop', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const oracle = eventOracle(nodes, edges);
        const findings = analyzeBoard({ nodes, edges }, { rules: ['SEQ-CYCLE'] });
        expect(findings.length > 0).toBe(oracle.hasCycle());
        const edgeById = new Map(edges.map((e) => [e.id, e]));
        for (const f of findings) {
          const chain = f.edgeIds.map((id) => edgeById.get(id) as Edge);
          if (f.nodeIds.length === 1) {
            for (const e of chain)
              expect([e.kind, e.source, e.target]).toEqual([
                'sequence',
                f.nodeIds[0],
                f.nodeIds[0],
              ]);
            continue;
          }
          expect(new Set(f.nodeIds).size).toBe(f.nodeIds.length);
          expect(chain).toHaveLength(f.nodeIds.length);
          expect(chain.some((e) => e.kind === 'sequence')).toBe(true);
          // Walk the loop event by event twice (the second time from where the first ended):
          // a step down the hierarchy (parent.start → child.start) needs the parent's start event.
          let at: 's' | 'f' = 's';
          for (let round = 0; round < 2; round++) {
            chain.forEach((e, i) => {
              const x = f.nodeIds[i] as string;
              const y = f.nodeIds[(i + 1) % f.nodeIds.length] as string;
              if (e.kind === 'sequence') {
                expect([e.source, e.target]).toEqual([x, y]);
                at = oracle.contains(y, x) ? 'f' : 's';
              } else if (e.source === x) {
                expect([e.kind, e.target, oracle.contains(y, x)]).toEqual(['contributes', y, true]);
                at = 'f';
              } else {
                expect([e.kind, e.source, e.target, oracle.contains(x, y)]).toEqual([
                  'contributes',
                  y,
                  x,
                  true,
                ]);
                if (round === 1) expect(at).toBe('s');
                at = 's';
              }
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PRIORITY-INVERSION reports real paths of sequence edges', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const edgeById = new Map(board.edges.map((e) => [e.id, e]));
        const byId = new Map(board.nodes.map((n) => [n.id, n]));
        for (const f of analyzeBoard(board, { rules: ['PRIORITY-INVERSION'] })) {
          const chain = f.edgeIds.map((id) => edgeById.get(id) as Edge);
          for (const e of chain) expect(e.kind).toBe('sequence');
          for (let i = 1; i < chain.length; i++)
            expect(chain[i]?.source).toBe(chain[i - 1]?.target);
          const item = byId.get(f.nodeIds[0] as string) as PlanNode;
          const blocker = byId.get(chain[0]?.source as string) as PlanNode;
          expect(chain[chain.length - 1]?.target).toBe(item.id);
          expect(item.priority).toBeLessThanOrEqual(2);
          expect(blocker.priority).toBeGreaterThan(item.priority);
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

  it('validateConnection says cycle exactly when adding the edge makes SEQ-CYCLE appear', () => {
    // boards without loops (checked against the oracle), with hierarchy and mixed-level sequencing
    fc.assert(
      fc.property(acyclicArb, idArb, idArb, (board, source, target) => {
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
      { numRuns: 500 },
    );
  });

  it('validateConnection cycle matches reachability on any board, with a real path', () => {
    fc.assert(
      fc.property(
        boardArb,
        idArb,
        idArb,
        fc.constantFrom('sequence' as const, 'priority' as const),
        (board, s, t, kind) => {
          const check = validateConnection(board, { kind, source: s, target: t });
          if (!check.ok && check.reason !== 'cycle') return;
          if (kind === 'sequence') {
            // event graph: the new edge's head (t.start, or t.finish when t contains s) reaches s.finish
            const oracle = eventOracle(board.nodes, board.edges);
            const head = `${t}:${oracle.contains(t, s) ? 'f' : 's'}`;
            expect(!check.ok).toBe(oracle.reaches(head, `${s}:f`));
          } else {
            const same = board.edges.map((e) =>
              e.kind === kind
                ? { ...e, kind: 'sequence' as const }
                : { ...e, kind: 'priority' as const },
            );
            expect(!check.ok).toBe(reaches(board.nodes, same, t, s));
          }
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

  it('earliestHorizon is the latest horizon of everything that must finish before the start', () => {
    fc.assert(
      fc.property(acyclicArb, ({ nodes, edges }) => {
        const earliest = earliestHorizon({ nodes, edges });
        const oracle = eventOracle(nodes, edges);
        const byId = new Map(nodes.map((n) => [n.id, n]));
        expect(earliest.size).toBe(byId.size);
        for (const b of byId.keys()) {
          let need = 0;
          for (const a of byId.values()) {
            if (a.id !== b && oracle.reaches(`${a.id}:f`, `${b}:s`))
              need = Math.max(need, horizonIndex(a.horizon));
          }
          expect(horizonIndex(earliest.get(b) ?? 'short')).toBe(need);
        }
      }),
    );
  });

  it('earliestHorizon gives every node a horizon on any board', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const earliest = earliestHorizon({ nodes, edges });
        expect([...earliest.keys()].sort()).toEqual([...new Set(nodes.map((n) => n.id))].sort());
      }),
    );
  });
});
