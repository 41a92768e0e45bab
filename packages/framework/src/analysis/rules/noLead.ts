import type { Finding } from '../../schema/index';
import type { Rule } from './types';

/** NO-LEAD: an output or activity without a lead entity. Objectives are not checked. */
export const noLead: Rule = {
  id: 'NO-LEAD',
  check({ index }) {
    const findings: Finding[] = [];
    for (const node of index.nodes) {
      if (node.kind === 'objective' || node.lead !== null) continue;
      findings.push({
        rule: 'NO-LEAD',
        severity: 'warning',
        message: `${index.label(node)} has no lead: agree which entity is responsible for this ${node.kind}.`,
        nodeIds: [node.id],
        edgeIds: [],
      });
    }
    return findings;
  },
};
