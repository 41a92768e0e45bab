import { buildBoardIndex, type AnalyzableBoard } from './boardIndex';
import { MinHeap } from './graph';

/**
 * A topological order of all nodes over the `sequence` edges between nodes on the board: if A → B
 * and neither is on a sequencing cycle, A comes before B. Ties are broken by node id (smallest
 * first). Nodes on a cycle are not left out: each cycle's members are kept together, sorted by id, at
 * the cycle's place in the order (so only the edges inside a cycle are necessarily violated).
 * Dangling edges are ignored. O((V + E) log V).
 */
export function sequenceOrder(board: AnalyzableBoard): string[] {
  const index = buildBoardIndex(board);
  const g = index.graph('sequence');
  const scc = index.scc('sequence');
  const indeg = new Int32Array(scc.count);
  for (let k = 0; k < g.src.length; k++) {
    const a = scc.comp[g.src[k] as number] as number;
    const b = scc.comp[g.dst[k] as number] as number;
    if (a !== b) indeg[b] = (indeg[b] as number) + 1;
  }
  const heap = new MinHeap(scc.minNode);
  for (let c = 0; c < scc.count; c++) if (indeg[c] === 0) heap.push(c);
  const order: string[] = [];
  for (let c = heap.pop(); c !== undefined; c = heap.pop()) {
    const members = Array.from(scc.members.subarray(scc.start[c], scc.start[c + 1])).sort(
      (x, y) => x - y,
    );
    for (const v of members) {
      order.push(index.nodes[v]?.id ?? '');
      for (let p = g.outStart[v] as number; p < (g.outStart[v + 1] as number); p++) {
        const w = scc.comp[g.dst[g.out[p] as number] as number] as number;
        if (w === c) continue;
        const left = (indeg[w] as number) - 1;
        indeg[w] = left;
        if (left === 0) heap.push(w);
      }
    }
  }
  return order;
}
