import type { Actor, Board, BoardMeta, Edge, EdgeKind, PlanNode } from '../schema/index';
import { buildEventGraph, type EventGraph } from './eventGraph';
import { tarjanScc, type SccResult } from './graph';
import { label as nodeLabel } from './labels';

/** What analysis needs of a board: nodes and edges; actors and meta are optional. */
export type AnalyzableBoard = Pick<Board, 'nodes' | 'edges'> & Partial<Board>;

/**
 * The edges of one kind whose both endpoints are nodes on the board, as a compact graph
 * (CSR adjacency over node indices). Local edge `k` is `index.edges[edge[k]]`, from `src[k]` to `dst[k]`.
 */
export interface KindGraph {
  readonly edge: Int32Array;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  /** Outgoing local edges of node v: `out[outStart[v] .. outStart[v+1])`, in edge-id order. */
  readonly outStart: Int32Array;
  readonly out: Int32Array;
  /** Incoming local edges of node v: `inc[inStart[v] .. inStart[v+1])`, in edge-id order. */
  readonly inStart: Int32Array;
  readonly inc: Int32Array;
  /** 1 if node v has a self-loop of this kind. */
  readonly selfLoop: Uint8Array;
}

/** A board prepared for analysis: nodes and edges sorted by id, integer indices, per-kind graphs. */
export interface BoardIndex {
  /** Nodes sorted by id (input order when built with `sort = false`); for duplicate ids the first occurrence is kept. */
  readonly nodes: readonly PlanNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** All edges sorted by id, or in input order (duplicates kept, including dangling ones). */
  readonly edges: readonly Edge[];
  /** Indices (into `edges`) of edges whose source or target is not a node on the board. */
  readonly dangling: readonly number[];
  readonly actors: readonly Actor[];
  readonly meta: BoardMeta | undefined;
  graph(kind: EdgeKind): KindGraph;
  /** Strongly connected components of the `sequence` or `priority` graph (computed once). */
  scc(kind: 'sequence' | 'priority'): SccResult;
  /** Start/finish events of the items, ordered by sequence and contributes edges (computed once). */
  events(): EventGraph;
  /** Strongly connected components of {@link BoardIndex.events} (computed once). */
  eventScc(): SccResult;
  /** A node's quoted title for messages (see `labels.ts`), computed once per node. */
  label(node: PlanNode): string;
  /** Nodes as `"A" → "B" → "C"`. */
  pathLabel(nodes: readonly PlanNode[]): string;
}

const cmpId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function sortedById<T extends { id: string }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    // Already-normalized boards (the common case) are used as they are.
    if ((items[i - 1] as T).id > (items[i] as T).id) return [...items].sort(cmpId);
  }
  return items;
}

function buildKindGraph(
  n: number,
  edges: readonly Edge[],
  kind: EdgeKind,
  ends: { src: Int32Array; dst: Int32Array },
): KindGraph {
  const picked: number[] = [];
  const s: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    if ((edges[i] as Edge).kind !== kind) continue;
    const a = ends.src[i] as number;
    const b = ends.dst[i] as number;
    if (a < 0 || b < 0) continue;
    picked.push(i);
    s.push(a);
    t.push(b);
  }
  const m = picked.length;
  const src = Int32Array.from(s);
  const dst = Int32Array.from(t);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  const selfLoop = new Uint8Array(n);
  for (let k = 0; k < m; k++) {
    const a = (src[k] as number) + 1;
    const b = (dst[k] as number) + 1;
    outStart[a] = (outStart[a] as number) + 1;
    inStart[b] = (inStart[b] as number) + 1;
    if (src[k] === dst[k]) selfLoop[src[k] as number] = 1;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
    inStart[v + 1] = (inStart[v + 1] as number) + (inStart[v] as number);
  }
  const out = new Int32Array(m);
  const inc = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    const a = src[k] as number;
    const b = dst[k] as number;
    const i = outFill[a] as number;
    const j = inFill[b] as number;
    out[i] = k;
    inc[j] = k;
    outFill[a] = i + 1;
    inFill[b] = j + 1;
  }
  return { edge: Int32Array.from(picked), src, dst, outStart, out, inStart, inc, selfLoop };
}

/**
 * Prepares a board for analysis in O(V + E) (plus a sort if the arrays are not sorted by id). With
 * `sort = false` nodes and edges keep the input order (for one-off searches where the sort would
 * cost more than the search; tie-breaks then follow the input order).
 */
export function buildBoardIndex(board: AnalyzableBoard, sort = true): BoardIndex {
  const sortedNodes = sort ? sortedById(board.nodes) : board.nodes;
  const nodes: PlanNode[] = [];
  const indexOf = new Map<string, number>();
  for (const node of sortedNodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
  }
  const edges = sort ? sortedById(board.edges) : board.edges;
  const dangling: number[] = [];
  const ends = { src: new Int32Array(edges.length), dst: new Int32Array(edges.length) };
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i] as Edge;
    const a = indexOf.get(e.source) ?? -1;
    const b = indexOf.get(e.target) ?? -1;
    ends.src[i] = a;
    ends.dst[i] = b;
    if (a < 0 || b < 0) dangling.push(i);
  }
  const graphs = new Map<EdgeKind, KindGraph>();
  const sccs = new Map<EdgeKind, SccResult>();
  const graph = (kind: EdgeKind): KindGraph => {
    let g = graphs.get(kind);
    if (!g) {
      g = buildKindGraph(nodes.length, edges, kind, ends);
      graphs.set(kind, g);
    }
    return g;
  };
  let events: EventGraph | undefined;
  let eventScc: SccResult | undefined;
  const eventGraph = (): EventGraph =>
    (events ??= buildEventGraph(nodes, graph('contributes'), graph('sequence')));
  const labels = new Map<PlanNode, string>();
  const label = (node: PlanNode): string => {
    let text = labels.get(node);
    if (text === undefined) {
      text = nodeLabel(node);
      labels.set(node, text);
    }
    return text;
  };
  return {
    label,
    pathLabel: (path) => path.map(label).join(' → '),
    nodes,
    indexOf,
    edges,
    dangling,
    actors: board.actors ?? [],
    meta: board.meta,
    graph,
    events: eventGraph,
    eventScc: () => (eventScc ??= tarjanScc(2 * nodes.length, eventGraph())),
    scc(kind) {
      let r = sccs.get(kind);
      if (!r) {
        r = tarjanScc(nodes.length, graph(kind));
        sccs.set(kind, r);
      }
      return r;
    },
  };
}
