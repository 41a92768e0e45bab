import type { PlanNode } from '../schema/index';
import type { KindGraph } from './boardIndex';
import type { CsrGraph, SccResult } from './graph';
import { isContributesShape } from './rules/contributesShape';

/**
 * Sequencing read through the hierarchy (SPEC.md, "Sequencing semantics"). Every item `v` has two
 * events: `start` = vertex `2v` and `finish` = vertex `2v + 1`. Local edges:
 *
 * - `k < items`: item k's own `start → finish`;
 * - per well-shaped `contributes` edge child → parent: `parent.start → child.start` and
 *   `child.finish → parent.finish` (edges of any other shape are ignored, so this part is a DAG);
 * - per `sequence` edge A → B between two different items: `A.finish → B.start`, or
 *   `A.finish → B.finish` when B is a contributes-ancestor of A ("A gates B's culmination").
 *
 * A plan is feasible iff this graph is acyclic. Out-edges of a vertex are in local-id order
 * (own edge first, then board edges by id), which makes searches deterministic.
 */
export interface EventGraph extends CsrGraph {
  /** Number of items (board nodes); the graph has `2 * items` vertices. */
  readonly items: number;
  /** Board edge index (into `index.edges`) of local edge k; -1 for an item's own start → finish. */
  readonly edge: Int32Array;
}

/** The item of an event vertex. */
export const itemOf = (x: number): number => x >> 1;
/** Whether an event vertex is a finish event. */
export const isFinish = (x: number): boolean => (x & 1) === 1;

/** Whether `b` is a well-shaped contributes parent of `a` or of one of `a`'s parents (depth ≤ 2). */
function isAncestor(nodes: readonly PlanNode[], con: KindGraph, a: number, b: number): boolean {
  const kindA = nodes[a]?.kind;
  const kindB = nodes[b]?.kind;
  if (kindA === undefined || kindB === undefined || kindA === 'objective' || kindB === 'activity')
    return false;
  for (let p = con.outStart[a] as number; p < (con.outStart[a + 1] as number); p++) {
    const w = con.dst[con.out[p] as number] as number;
    const kindW = nodes[w]?.kind;
    if (kindW === undefined || !isContributesShape(kindA, kindW)) continue;
    if (w === b) return true;
    if (kindW !== 'output' || kindB !== 'objective') continue;
    for (let q = con.outStart[w] as number; q < (con.outStart[w + 1] as number); q++) {
      if (con.dst[con.out[q] as number] === b) return true; // output → objective: well-shaped
    }
  }
  return false;
}

/**
 * Whether item `b` contains item `a`: `b` is a (transitive) ancestor of `a` through well-shaped
 * contributes edges.
 */
export function containsItem(
  con: KindGraph,
  nodes: readonly PlanNode[],
  b: number,
  a: number,
): boolean {
  return isAncestor(nodes, con, a, b);
}

/**
 * Builds the event graph from the board's contributes and sequence graphs. O(V + E) (the ancestor
 * test looks at parents and grandparents only). Never throws; sequence self-loops are left out
 * (SEQ-CYCLE reports them on their own).
 */
export function buildEventGraph(
  nodes: readonly PlanNode[],
  con: KindGraph,
  seq: KindGraph,
): EventGraph {
  const n = nodes.length;
  const cap = n + 2 * con.edge.length + seq.edge.length;
  const src = new Int32Array(cap);
  const dst = new Int32Array(cap);
  const edge = new Int32Array(cap);
  let m = 0;
  const push = (from: number, to: number, e: number): void => {
    src[m] = from;
    dst[m] = to;
    edge[m] = e;
    m++;
  };
  for (let v = 0; v < n; v++) push(2 * v, 2 * v + 1, -1);
  // Board edges in id order: merge the two kind graphs (each is in edge-index order).
  let i = 0;
  let j = 0;
  while (i < con.edge.length || j < seq.edge.length) {
    const ci = i < con.edge.length ? (con.edge[i] as number) : Infinity;
    const sj = j < seq.edge.length ? (seq.edge[j] as number) : Infinity;
    if (ci < sj) {
      const c = con.src[i] as number;
      const p = con.dst[i] as number;
      const from = nodes[c];
      const to = nodes[p];
      if (from && to && isContributesShape(from.kind, to.kind)) {
        push(2 * p, 2 * c, ci);
        push(2 * c + 1, 2 * p + 1, ci);
      }
      i++;
    } else {
      const a = seq.src[j] as number;
      const b = seq.dst[j] as number;
      if (a !== b) push(2 * a + 1, isAncestor(nodes, con, a, b) ? 2 * b + 1 : 2 * b, sj);
      j++;
    }
  }
  const outStart = new Int32Array(2 * n + 1);
  for (let k = 0; k < m; k++) {
    const x = (src[k] as number) + 1;
    outStart[x] = (outStart[x] as number) + 1;
  }
  for (let x = 0; x < 2 * n; x++)
    outStart[x + 1] = (outStart[x + 1] as number) + (outStart[x] as number);
  const out = new Int32Array(m);
  const fill = outStart.slice(0, 2 * n);
  for (let k = 0; k < m; k++) {
    const x = src[k] as number;
    out[fill[x] as number] = k;
    fill[x] = (fill[x] as number) + 1;
  }
  return {
    items: n,
    src: src.subarray(0, m),
    dst: dst.subarray(0, m),
    edge: edge.subarray(0, m),
    outStart,
    out,
  };
}

/**
 * A shortest path of local edges from vertex `from` to vertex `to` (BFS; with `scc`, only through
 * vertices of `from`'s component). Empty when `from === to`; null when `to` is unreachable.
 */
export function eventPath(
  g: EventGraph,
  from: number,
  to: number,
  scc?: SccResult,
): number[] | null {
  if (from === to) return [];
  const c = scc ? (scc.comp[from] as number) : -1;
  const via = new Map<number, number>(); // vertex -> local edge that reached it
  const queue: number[] = [from];
  via.set(from, -1);
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi] as number;
    for (let p = g.outStart[v] as number; p < (g.outStart[v + 1] as number); p++) {
      const k = g.out[p] as number;
      const w = g.dst[k] as number;
      if (via.has(w) || (scc && scc.comp[w] !== c)) continue;
      via.set(w, k);
      if (w === to) {
        const path: number[] = [];
        for (let cur = to; cur !== from; cur = g.src[path[path.length - 1] as number] as number)
          path.push(via.get(cur) as number);
        return path.reverse();
      }
      queue.push(w);
    }
  }
  return null;
}

/**
 * Makes a cycle of local edges visit each item at most once (its start and finish next to each
 * other): while an item appears twice, either shortcut `X.start … X.finish` by X's own edge, or keep
 * only the inner loop `X.finish … X.start → X.finish`. Each step shortens the cycle.
 */
export function simplifyCycle(g: EventGraph, cycle: readonly number[]): number[] {
  let cur = [...cycle];
  for (;;) {
    const L = cur.length;
    const first = new Map<number, number>();
    let next: number[] | null = null;
    for (let p = 0; p < L && next === null; p++) {
      const x = g.src[cur[p] as number] as number;
      const item = itemOf(x);
      const i = first.get(item);
      if (i === undefined) {
        first.set(item, p);
        continue;
      }
      const adjacent =
        (p === i + 1 && cur[i] === item) || (i === 0 && p === L - 1 && cur[p] === item);
      if (adjacent) continue;
      next = isFinish(x)
        ? [...cur.slice(0, i), item, ...cur.slice(p)] // X.start at i … X.finish at p: shortcut
        : [...cur.slice(i, p), item]; // X.finish at i … X.start at p: the inner loop
    }
    if (next === null) return cur;
    cur = next;
  }
}
