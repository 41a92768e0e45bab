import type { Finding, PlanNode } from '../../schema/index';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/**
 * PRIORITY-INVERSION: an open (planned / on-hold) item of priority level ≤ `highPriorityLevel`
 * waits, through a chain of sequence edges, on an unfinished item of a lower priority
 * (numerically greater level). The nearest such blocker (fewest edges) is reported with the path.
 *
 * Linear per level: one dynamic-programming pass over the condensation in topological order keeps,
 * per node, the hop distance to the nearest blocker and the edge it came through; paths are
 * recovered only for reported items (cost = size of the output). Finished (`done`) items do not
 * hold anything up. Edges inside a sequencing cycle are ignored (SEQ-CYCLE reports the cycle).
 */
export const priorityInversion: Rule = {
  id: 'PRIORITY-INVERSION',
  check({ index, options }) {
    const g = index.graph('sequence');
    const scc = index.scc('sequence');
    const nodes = index.nodes;
    const n = nodes.length;
    const maxLevel = Math.min(4, Math.floor(options.highPriorityLevel));
    const findings: Finding[] = [];
    const dist = new Int32Array(n);
    const via = new Int32Array(n);
    for (let t = 1; t <= maxLevel; t++) {
      const items = nodes.some(
        (x) => x.priority === t && (x.status === 'planned' || x.status === 'on-hold'),
      );
      if (!items) continue;
      dist.fill(0);
      for (let c = scc.count - 1; c >= 0; c--) {
        for (let i = scc.start[c] as number; i < (scc.start[c + 1] as number); i++) {
          const v = scc.members[i] as number;
          let best = 0;
          let bestEdge = -1;
          for (let p = g.inStart[v] as number; p < (g.inStart[v + 1] as number); p++) {
            const k = g.inc[p] as number;
            const u = g.src[k] as number;
            const from = nodes[u] as PlanNode;
            if (scc.comp[u] === c || from.status === 'done') continue;
            const d = from.priority > t ? 1 : dist[u] ? (dist[u] as number) + 1 : 0;
            if (d > 0 && (best === 0 || d < best)) {
              best = d;
              bestEdge = k;
            }
          }
          dist[v] = best;
          via[v] = bestEdge;
        }
      }
      for (let v = 0; v < n; v++) {
        const item = nodes[v] as PlanNode;
        if (item.priority !== t || !dist[v]) continue;
        if (item.status !== 'planned' && item.status !== 'on-hold') continue;
        const pathEdges: number[] = [];
        let cur = v;
        for (;;) {
          const k = via[cur] as number;
          pathEdges.push(k);
          cur = g.src[k] as number;
          if ((nodes[cur] as PlanNode).priority > t) break;
        }
        pathEdges.reverse();
        const blocker = nodes[cur] as PlanNode;
        const pathNodes = [blocker, ...pathEdges.map((k) => nodes[g.dst[k] as number] as PlanNode)];
        const params = {
          item: index.label(item),
          level: t,
          blocker: index.label(blocker),
          blockerLevel: blocker.priority,
          path: index.pathLabel(pathNodes),
        };
        findings.push(
          makeFinding(
            'PRIORITY-INVERSION',
            'warning',
            'waits',
            params,
            [item.id, ...pathNodes.slice(0, -1).map((x) => x.id)],
            pathEdges.map((k) => index.edges[g.edge[k] as number]?.id ?? ''),
          ),
        );
      }
    }
    return findings;
  },
};
