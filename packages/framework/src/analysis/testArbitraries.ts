// Test helpers (property tests of this module only): fast-check arbitraries for analysis boards.
import fc from 'fast-check';
import {
  BENCHMARK_STATUSES,
  EDGE_KINDS,
  HORIZONS,
  NODE_KINDS,
  NODE_STATUSES,
  createBenchmark,
  createEdge,
  createNode,
} from '../schema/index';
import type { Edge, EdgeKind, PlanNode } from '../schema/index';
import { eventOracle } from './testEvents';

/** Ids are drawn from a small pool so that cycles, duplicates and dangling ends are common. */
export const POOL = Array.from({ length: 8 }, (_, i) => `n${i}`);
export const idArb = fc.oneof(
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
export const boardArb = fc
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
export const acyclicArb = boardArb.map(({ nodes, edges }) => {
  const kept = edges.filter((e) => e.kind !== 'sequence');
  for (const e of edges) {
    if (e.kind !== 'sequence') continue;
    if (!eventOracle(nodes, [...kept, e]).hasCycle()) kept.push(e);
  }
  return { nodes, edges: kept };
});

/** Test oracle: does `to` reach `from`-side via sequence edges between existing nodes (≥ 1 edge)? */
export function reaches(
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
