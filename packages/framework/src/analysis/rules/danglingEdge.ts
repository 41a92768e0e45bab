import type { MessageParams } from '../../messages/DomainMessage';
import type { Finding } from '../../schema/index';
import { makeFinding, word } from './makeFinding';
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
      const ends = [...new Set(missing)].map((id) => `"${id}"`);
      const params: MessageParams = { link: word('link', e.kind), edge: e.id };
      if (ends.length > 1) {
        params['missingA'] = ends[0] ?? '';
        params['missingB'] = ends[1] ?? '';
      } else params['missing'] = ends[0] ?? '';
      findings.push(
        makeFinding(
          'DANGLING-EDGE',
          'error',
          ends.length > 1 ? 'two' : 'one',
          params,
          [...new Set(present)],
          [e.id],
        ),
      );
    }
    return findings;
  },
};
