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

/** Well-shaped parents of every item (CSR over the contributes graph). */
function parentsOf(nodes: readonly PlanNode[], con: KindGraph): (v: number) => number[] {
  return (v) => {
    const list: number[] = [];
    const from = nodes[v];
    for (let p = con.outStart[v] as number; p < (con.outStart[v + 1] as number); p++) {
      const w = con.dst[con.out[p] as number] as number;
      const to = nodes[w];
      if (from && to && isContributesShape(from.kind, to.kind)) list.push(w);
    }
    return list;
  };
}

/** Whether `b` is a (transitive) ancestor of `a` through well-shaped contributes edges (depth ≤ 2). */
function isAncestor(parents: (v: number) => number[], a: number, b: number): boolean {
  for (const p of parents(a)) {
    if (p === b) return true;
    for (const q of parents(p)) if (q === b) return true;
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
  return isAncestor(parentsOf(nodes, con), a, b);
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
  const parents = parentsOf(nodes, con);
  const src: number[] = [];
  const dst: number[] = [];
  const edge: number[] = [];
  for (let v = 0; v < n; v++) {
    src.push(2 * v);
    dst.push(2 * v + 1);
    edge.push(-1);
  }
  // Board edges in id order: merge the two kind graphs (each is in edge-index order).
  let i = 0;
  let j = 0;
  while (i < con.edge.length || j < seq.edge.length) {
    const takeCon =
      j >= seq.edge.length ||
      (i < con.edge.length && (con.edge[i] as number) < (seq.edge[j] as number));
    if (takeCon) {
      const c = con.src[i] as number;
      const p = con.dst[i] as number;
      const from = nodes[c];
      const to = nodes[p];
      if (from && to && isContributesShape(from.kind, to.kind)) {
        src.push(2 * p, 2 * c + 1);
        dst.push(2 * c, 2 * p + 1);
        edge.push(con.edge[i] as number, con.edge[i] as number);
      }
      i++;
    } else {
      const a = seq.src[j] as number;
      const b = seq.dst[j] as number;
      if (a !== b) {
        src.push(2 * a + 1);
        dst.push(isAncestor(parents, a, b) ? 2 * b + 1 : 2 * b);
        edge.push(seq.edge[j] as number);
      }
      j++;
    }
  }
  const m = src.length;
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
    const s = src[k] as number;
    out[fill[s] as number] = k;
    fill[s] = (fill[s] as number) + 1;
  }
  return {
    items: n,
    src: Int32Array.from(src),
    dst: Int32Array.from(dst),
    edge: Int32Array.from(edge),
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
