import { HORIZONS, horizonIndex } from '../schema/index';
import type { Horizon } from '../schema/index';
import { buildBoardIndex, type AnalyzableBoard } from './boardIndex';
import { isFinish, itemOf } from './eventGraph';

/**
 * Per node, the earliest horizon it can realistically be in, given everything that must finish
 * before it starts — read through the hierarchy (SPEC.md, "Sequencing semantics"): the largest planned
 * horizon of any item whose finish precedes this item's start in the event graph, `short` when there
 * is none. So an activity also waits for what its output (and objective) waits for, and an item that
 * waits for an output also waits for that output's activities. (B may share a horizon with A: A
 * finishes, then B starts within it.) A node's own planned horizon does not raise its own earliest
 * horizon; compare the two to find items planned too early. Edges inside a sequencing loop and
 * dangling edges are ignored. O(V + E).
 */
export function earliestHorizon(board: AnalyzableBoard): Map<string, Horizon> {
  const index = buildBoardIndex(board);
  const g = index.events();
  const scc = index.eventScc();
  const n = index.nodes.length;
  // value[x]: largest planned horizon of an item whose finish precedes event x
  const value = new Int8Array(2 * n);
  for (let c = scc.count - 1; c >= 0; c--) {
    for (let i = scc.start[c] as number; i < (scc.start[c + 1] as number); i++) {
      const x = scc.members[i] as number;
      const own = isFinish(x) ? horizonIndex(index.nodes[itemOf(x)]?.horizon ?? 'short') : 0;
      const passed = Math.max(value[x] as number, own);
      for (let p = g.outStart[x] as number; p < (g.outStart[x + 1] as number); p++) {
        const y = g.dst[g.out[p] as number] as number;
        if (scc.comp[y] !== c && (value[y] as number) < passed) value[y] = passed;
      }
    }
  }
  const result = new Map<string, Horizon>();
  for (let v = 0; v < n; v++) {
    result.set(index.nodes[v]?.id ?? '', HORIZONS[value[2 * v] as number] ?? 'short');
  }
  return result;
}
