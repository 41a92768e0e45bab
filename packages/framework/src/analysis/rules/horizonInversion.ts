import { horizonIndex } from '../../schema/index';
import type { Finding } from '../../schema/index';
import { horizonLabel } from '../labels';
import { makeFinding } from './makeFinding';
import type { Rule } from './types';

/** HORIZON-INVERSION: a sequence edge A → B while A is planned in a later horizon than B. */
export const horizonInversion: Rule = {
  id: 'HORIZON-INVERSION',
  check({ index }) {
    const g = index.graph('sequence');
    const findings: Finding[] = [];
    for (let k = 0; k < g.src.length; k++) {
      const a = index.nodes[g.src[k] as number];
      const b = index.nodes[g.dst[k] as number];
      if (!a || !b || horizonIndex(a.horizon) <= horizonIndex(b.horizon)) continue;
      const params = {
        a: index.label(a),
        horizonA: horizonLabel(index.meta, a.horizon),
        b: index.label(b),
        horizonB: horizonLabel(index.meta, b.horizon),
      };
      findings.push(
        makeFinding(
          'HORIZON-INVERSION',
          'warning',
          'later',
          params,
          [a.id, b.id],
          [index.edges[g.edge[k] as number]?.id ?? ''],
        ),
      );
    }
    return findings;
  },
};
