import type { Edge, EdgeKind } from '../schema/index';

/** The parts of a {@link KindGraph} the graph algorithms need. */
export interface CsrGraph {
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly outStart: Int32Array;
  readonly out: Int32Array;
}

/**
 * Strongly connected components. Component ids are assigned in Tarjan's emission order, which is a
 * reverse topological order of the condensation: iterate `c = count - 1 .. 0` for a topological order.
 */
export interface SccResult {
  readonly count: number;
  /** Component id of each node. */
  readonly comp: Int32Array;
  /** Members of component c: `members[start[c] .. start[c+1])`. */
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Smallest node index in each component (nodes are sorted by id, so: the smallest id). */
  readonly minNode: Int32Array;
}

/** Size of component c. */
export function componentSize(scc: SccResult, c: number): number {
  return (scc.start[c + 1] as number) - (scc.start[c] as number);
}

/** Tarjan's algorithm, iterative (no recursion, so deep chains cannot overflow the stack). O(V + E). */
export function tarjanScc(n: number, g: CsrGraph): SccResult {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const members = new Int32Array(n);
  const startList: number[] = [0];
  const minList: number[] = [];
  let sp = 0;
  let csp = 0;
  let counter = 0;
  let filled = 0;
  const visit = (v: number): void => {
    index[v] = counter;
    low[v] = counter;
    counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    callNode[csp] = v;
    callEdge[csp] = g.outStart[v] as number;
    csp++;
  };
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    visit(s);
    while (csp > 0) {
      const v = callNode[csp - 1] as number;
      const p = callEdge[csp - 1] as number;
      if (p < (g.outStart[v + 1] as number)) {
        callEdge[csp - 1] = p + 1;
        const w = g.dst[g.out[p] as number] as number;
        if (index[w] === -1) visit(w);
        else if (onStack[w] && (index[w] as number) < (low[v] as number))
          low[v] = index[w] as number;
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        const c = startList.length - 1;
        let min = v;
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          comp[w] = c;
          members[filled++] = w;
          if (w < min) min = w;
        } while (w !== v);
        startList.push(filled);
        minList.push(min);
      }
      if (csp > 0) {
        const u = callNode[csp - 1] as number;
        if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
      }
    }
  }
  return {
    count: minList.length,
    comp,
    start: Int32Array.from(startList),
    members,
    minNode: Int32Array.from(minList),
  };
}

/**
 * A shortest cycle through `start` using only edges inside `start`'s component (size ≥ 2).
 * Returns the local edge ids in order (first edge leaves `start`, last returns to it). BFS, O(component).
 */
export function cycleThrough(g: CsrGraph, scc: SccResult, start: number): number[] {
  const c = scc.comp[start] as number;
  const parent = new Map<number, number>(); // node -> local edge that reached it
  const queue: number[] = [start];
  parent.set(start, -1);
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi] as number;
    for (let p = g.outStart[v] as number; p < (g.outStart[v + 1] as number); p++) {
      const k = g.out[p] as number;
      const w = g.dst[k] as number;
      if (w === v || scc.comp[w] !== c) continue;
      if (w === start) {
        const path = [k];
        let cur = v;
        while (cur !== start) {
          const e = parent.get(cur) as number;
          path.push(e);
          cur = g.src[e] as number;
        }
        return path.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, k);
        queue.push(w);
      }
    }
  }
  return []; // unreachable for a component of size ≥ 2
}

/** A binary min-heap of integers ordered by a key array. */
export class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: ArrayLike<number>) {}
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.key[a[parent] as number] as number) <= (this.key[x] as number)) break;
      a[i] = a[parent] as number;
      i = parent;
    }
    a[i] = x;
  }
  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    let i = 0;
    const k = this.key[last] as number;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const child =
        r < a.length && (this.key[a[r] as number] as number) < (this.key[a[l] as number] as number)
          ? r
          : l;
      if ((this.key[a[child] as number] as number) >= k) break;
      a[i] = a[child] as number;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/**
 * A shortest path `from → … → to` following edges of `kind` (BFS, O(V + E), edges tried in the given
 * order), as node ids including both ends; `[from]` when `from === to`; `null` if `to` is unreachable.
 * Every edge of that kind is followed, so pass only edges between existing nodes if dangling edges
 * should not count.
 */
export function findPath(
  edges: readonly Edge[],
  kind: EdgeKind,
  from: string,
  to: string,
): string[] | null {
  if (from === to) return [from];
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== kind) continue;
    const list = adj.get(e.source);
    if (list) list.push(e.target);
    else adj.set(e.source, [e.target]);
  }
  const parent = new Map<string, string>();
  const queue: string[] = [from];
  parent.set(from, from);
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi] as string;
    for (const w of adj.get(v) ?? []) {
      if (parent.has(w)) continue;
      parent.set(w, v);
      if (w === to) {
        const path = [to];
        let cur = v;
        while (cur !== from) {
          path.push(cur);
          cur = parent.get(cur) as string;
        }
        path.push(from);
        return path.reverse();
      }
      queue.push(w);
    }
  }
  return null;
}
