// Synthetic ISF boards for benchmarks: seeded, so every run measures the same board.
import { createBenchmark, createEdge, createNode, HORIZONS } from '../src/index';
import type { Edge, PlanNode } from '../src/index';

/** mulberry32: a tiny seeded PRNG (benchmarks must be reproducible). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (i: number): string => String(i).padStart(6, '0');

/**
 * A board with `activities` activities, one output per 8 activities, one objective per 5 outputs,
 * and 3 edges per activity: contributes (→ its output), sequence (→ a nearby later activity) and
 * priority (→ a later activity). About 1 in 500 sequence and priority edges point backwards, and 5
 * two-item cycles per 1,000 activities are added on purpose. Leads are drawn from 40 actors; outputs carry two benchmarks each.
 */
export function syntheticBoard(
  activities: number,
  seed = 42,
): { nodes: PlanNode[]; edges: Edge[] } {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const actors = Array.from({ length: 40 }, (_, i) => `actor-${i}`);
  const outputs = Math.max(1, Math.ceil(activities / 8));
  const objectives = Math.max(1, Math.ceil(outputs / 5));
  const nodes: PlanNode[] = [];
  const edges: Edge[] = [];
  for (let j = 0; j < objectives; j++) {
    nodes.push(createNode({ id: `obj-${pad(j)}`, kind: 'objective', title: `Objective ${j}` }));
  }
  for (let o = 0; o < outputs; o++) {
    const id = `out-${pad(o)}`;
    nodes.push(
      createNode({
        id,
        kind: 'output',
        title: `Output ${o}`,
        lead: pick(actors),
        horizon: pick(HORIZONS),
        benchmarks: HORIZONS.slice(0, 2).map((h) =>
          createBenchmark({
            id: `${id}-${h}`,
            horizon: h,
            text: 'benchmark',
            lastReviewed: rand() < 0.5 ? '2026-01-15' : null,
          }),
        ),
      }),
    );
    edges.push(
      createEdge({
        id: `c-${id}`,
        kind: 'contributes',
        source: id,
        target: `obj-${pad(o % objectives)}`,
      }),
    );
  }
  for (let i = 0; i < activities; i++) {
    const id = `act-${pad(i)}`;
    nodes.push(
      createNode({
        id,
        kind: 'activity',
        title: `Activity ${i}`,
        lead: rand() < 0.95 ? pick(actors) : null,
        horizon: pick(HORIZONS),
        priority: 1 + Math.floor(rand() * 5),
        status: rand() < 0.8 ? 'planned' : 'in-progress',
        durationWeeks: rand() < 0.5 ? 1 + Math.floor(rand() * 20) : null,
      }),
    );
    edges.push(
      createEdge({
        id: `c-${id}`,
        kind: 'contributes',
        source: id,
        target: `out-${pad(i % outputs)}`,
      }),
    );
    const back = rand() < 0.002;
    const seqTarget = back
      ? Math.max(0, i - 1 - Math.floor(rand() * 20))
      : i + 1 + Math.floor(rand() * 30);
    if (seqTarget < activities && seqTarget !== i) {
      edges.push(
        createEdge({
          id: `s-${id}`,
          kind: 'sequence',
          source: id,
          target: `act-${pad(seqTarget)}`,
        }),
      );
    }
    const priTarget =
      rand() < 0.002 ? Math.floor(rand() * i) : i + 1 + Math.floor(rand() * (activities - i));
    if (priTarget < activities && priTarget !== i) {
      edges.push(
        createEdge({
          id: `p-${id}`,
          kind: 'priority',
          source: id,
          target: `act-${pad(priTarget)}`,
        }),
      );
    }
  }
  // A few deliberate cycles: 3 sequence and 2 priority 2-cycles per 1,000 activities.
  for (let c = 0; c < Math.ceil(activities / 200); c++) {
    const i = Math.floor(rand() * (activities - 1));
    const kind = c % 5 < 3 ? 'sequence' : 'priority';
    const [a, b] = [`act-${pad(i)}`, `act-${pad(i + 1)}`];
    edges.push(createEdge({ id: `x-${c}-ab`, kind, source: a, target: b }));
    edges.push(createEdge({ id: `x-${c}-ba`, kind, source: b, target: a }));
  }
  return { nodes, edges };
}
