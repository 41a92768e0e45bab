import type { Finding, NodeKind } from '../../schema/index';
import { makeFinding, word } from './makeFinding';
import type { Rule } from './types';

/** The two allowed shapes of a `contributes` edge. */
export function isContributesShape(source: NodeKind, target: NodeKind): boolean {
  return (
    (source === 'activity' && target === 'output') ||
    (source === 'output' && target === 'objective')
  );
}

/** CONTRIBUTES-SHAPE: a contributes edge that is not activity → output or output → objective. */
export const contributesShape: Rule = {
  id: 'CONTRIBUTES-SHAPE',
  check({ index }) {
    const g = index.graph('contributes');
    const findings: Finding[] = [];
    for (let k = 0; k < g.src.length; k++) {
      const a = index.nodes[g.src[k] as number];
      const b = index.nodes[g.dst[k] as number];
      if (!a || !b || isContributesShape(a.kind, b.kind)) continue;
      const params = {
        a: index.label(a),
        kindA: word('kind', a.kind),
        b: index.label(b),
        kindB: word('kind', b.kind),
      };
      findings.push(
        makeFinding('CONTRIBUTES-SHAPE', 'error', 'link', params, a === b ? [a.id] : [a.id, b.id], [
          index.edges[g.edge[k] as number]?.id ?? '',
        ]),
      );
    }
    return findings;
  },
};
