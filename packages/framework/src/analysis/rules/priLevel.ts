import type { Finding } from '../../schema/index';
import type { Rule } from './types';

/** PRI-LEVEL: a priority edge A → B while A's level is lower (numerically greater) than B's. */
export const priLevel: Rule = {
  id: 'PRI-LEVEL',
  check({ index }) {
    const g = index.graph('priority');
    const findings: Finding[] = [];
    for (let k = 0; k < g.src.length; k++) {
      const a = index.nodes[g.src[k] as number];
      const b = index.nodes[g.dst[k] as number];
      if (!a || !b || a === b || a.priority <= b.priority) continue;
      findings.push({
        rule: 'PRI-LEVEL',
        severity: 'warning',
        message: `${index.label(a)} is marked more important than ${index.label(b)}, but its priority level is ${a.priority} and ${index.label(b)}'s is ${b.priority} (1 is the highest).`,
        nodeIds: [a.id, b.id],
        edgeIds: [index.edges[g.edge[k] as number]?.id ?? ''],
      });
    }
    return findings;
  },
};
