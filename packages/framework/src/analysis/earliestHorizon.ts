import { HORIZONS, horizonIndex } from '../schema/index';
import type { Horizon } from '../schema/index';
import { buildBoardIndex, type AnalyzableBoard } from './boardIndex';

/**
 * Per node, the earliest horizon it can realistically be in, given its sequencing predecessors:
 * `earliest(B) = max over sequence edges A → B of max(A.horizon, earliest(A))`, and `short` for a node
 * without predecessors. (B may share a horizon with A: A finishes, then B starts within it.) A node's
 * own planned horizon does not raise its own earliest horizon; compare the two to find items planned
 * too early. Edges inside a sequencing cycle and dangling edges are ignored. O(V + E).
 */
export function earliestHorizon(board: AnalyzableBoard): Map<string, Horizon> {
  const index = buildBoardIndex(board);
  const g = index.graph('sequence');
  const scc = index.scc('sequence');
  const n = index.nodes.length;
  const earliest = new Int8Array(n);
  for (let c = scc.count - 1; c >= 0; c--) {
    for (let i = scc.start[c] as number; i < (scc.start[c + 1] as number); i++) {
      const v = scc.members[i] as number;
      let e = 0;
      for (let p = g.inStart[v] as number; p < (g.inStart[v + 1] as number); p++) {
        const u = g.src[g.inc[p] as number] as number;
        if (scc.comp[u] === c) continue;
        const planned = horizonIndex(index.nodes[u]?.horizon ?? 'short');
        e = Math.max(e, planned, earliest[u] as number);
      }
      earliest[v] = e;
    }
  }
  const result = new Map<string, Horizon>();
  for (let v = 0; v < n; v++) {
    result.set(index.nodes[v]?.id ?? '', HORIZONS[earliest[v] as number] ?? 'short');
  }
  return result;
}
