import { buildBoardIndex, type AnalyzableBoard } from './boardIndex';
import { componentSize } from './graph';

/** The longest chain of sequenced items. */
export interface CriticalChain {
  /** Node ids from the first item to the last. Empty when there is no usable sequence edge. */
  nodeIds: string[];
  /** The sequence edges between them, in order. */
  edgeIds: string[];
  /** Sum of the items' weights: `durationWeeks`, or 1 for an item without a duration. */
  length: number;
  /** True when at least one item on the chain has a `durationWeeks` (else `length` counts items). */
  byDuration: boolean;
}

/**
 * The longest chain of `sequence` edges, each item weighted by its `durationWeeks` (1 when absent).
 * Nodes on a sequencing cycle (or with a sequence self-loop) and dangling edges are ignored, so the
 * result is always a simple path. Ties: the chain ending at the smallest id, and per step the first
 * edge by id. O(V + E).
 */
export function criticalChain(board: AnalyzableBoard): CriticalChain {
  const index = buildBoardIndex(board);
  const g = index.graph('sequence');
  const scc = index.scc('sequence');
  const n = index.nodes.length;
  const onCycle = (v: number): boolean =>
    g.selfLoop[v] === 1 || componentSize(scc, scc.comp[v] as number) > 1;
  const usable = (k: number): boolean =>
    !onCycle(g.src[k] as number) && !onCycle(g.dst[k] as number);
  const weight = (v: number): number => index.nodes[v]?.durationWeeks ?? 1;
  const best = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  for (let c = scc.count - 1; c >= 0; c--) {
    if (componentSize(scc, c) !== 1) continue;
    const v = scc.members[scc.start[c] as number] as number;
    if (onCycle(v)) continue;
    let top = 0;
    let chosen = -1;
    for (let p = g.inStart[v] as number; p < (g.inStart[v + 1] as number); p++) {
      const k = g.inc[p] as number;
      if (!usable(k)) continue;
      const u = g.src[k] as number;
      if (chosen === -1 || (best[u] as number) > top) {
        top = best[u] as number;
        chosen = k;
      }
    }
    via[v] = chosen;
    best[v] = top + weight(v);
  }
  let end = -1;
  for (let v = 0; v < n; v++) {
    if (via[v] !== -1 && (end === -1 || (best[v] as number) > (best[end] as number))) end = v;
  }
  if (end === -1) return { nodeIds: [], edgeIds: [], length: 0, byDuration: false };
  const edges: number[] = [];
  for (let v = end; via[v] !== -1; v = g.src[via[v] as number] as number)
    edges.push(via[v] as number);
  edges.reverse();
  const path = [g.src[edges[0] as number] as number, ...edges.map((k) => g.dst[k] as number)];
  return {
    nodeIds: path.map((v) => index.nodes[v]?.id ?? ''),
    edgeIds: edges.map((k) => index.edges[g.edge[k] as number]?.id ?? ''),
    length: best[end] as number,
    byDuration: path.some((v) => index.nodes[v]?.durationWeeks != null),
  };
}
