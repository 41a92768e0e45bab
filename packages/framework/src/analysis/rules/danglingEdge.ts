import type { Finding } from '../../schema/index';
import type { Rule } from './types';

/** DANGLING-EDGE: an edge whose source or target is not a node on the board. */
export const danglingEdge: Rule = {
  id: 'DANGLING-EDGE',
  check({ index }) {
    const findings: Finding[] = [];
    for (const i of index.dangling) {
      const e = index.edges[i];
      if (!e) continue;
      const missing = [e.source, e.target].filter((id) => !index.indexOf.has(id));
      const present = [e.source, e.target].filter((id) => index.indexOf.has(id));
      const ends = [...new Set(missing)].map((id) => `"${id}"`).join(' and ');
      findings.push({
        rule: 'DANGLING-EDGE',
        severity: 'error',
        message: `The ${e.kind} link ${e.id} points to ${ends}, which ${missing.length > 1 && e.source !== e.target ? 'are' : 'is'} not on the board.`,
        nodeIds: [...new Set(present)],
        edgeIds: [e.id],
      });
    }
    return findings;
  },
};
