import type { Finding } from '../../schema/index';
import { makeFinding } from './makeFinding';
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
      const params = {
        a: index.label(a),
        levelA: a.priority,
        b: index.label(b),
        levelB: b.priority,
      };
      findings.push(
        makeFinding(
          'PRI-LEVEL',
          'warning',
          'levels',
          params,
          [a.id, b.id],
          [index.edges[g.edge[k] as number]?.id ?? ''],
        ),
      );
    }
    return findings;
  },
};
