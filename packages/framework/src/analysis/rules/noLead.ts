import type { Finding } from '../../schema/index';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/** NO-LEAD: an output or activity without a lead entity. Objectives are not checked. */
export const noLead: Rule = {
  id: 'NO-LEAD',
  check({ index }) {
    const findings: Finding[] = [];
    for (const node of index.nodes) {
      if (node.kind === 'objective' || node.lead !== null) continue;
      const item = index.label(node);
      findings.push(makeFinding('NO-LEAD', 'warning', node.kind, { item }, [node.id], []));
    }
    return findings;
  },
};
