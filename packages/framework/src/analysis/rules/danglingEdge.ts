import type { MessageParams } from '../../messages/DomainMessage';
import type { Edge, Finding } from '../../schema/index';
import { makeFinding, word } from './makeFinding';
import type { Rule } from './types';

/**
 * The DANGLING-EDGE finding of one edge whose source or target is missing (`hasNode` says which
 * ids are on the board). Also used by the crdt layer for the dangling edges it leaves out.
 */
export function danglingEdgeFinding(e: Edge, hasNode: (id: string) => boolean): Finding {
  const missing = [e.source, e.target].filter((id) => !hasNode(id));
  const present = [e.source, e.target].filter((id) => hasNode(id));
  const ends = [...new Set(missing)].map((id) => `"${id}"`);
  const params: MessageParams = { link: word('link', e.kind), edge: e.id };
  if (ends.length > 1) {
    params['missingA'] = ends[0] ?? '';
    params['missingB'] = ends[1] ?? '';
  } else params['missing'] = ends[0] ?? '';
  return makeFinding(
    'DANGLING-EDGE',
    'error',
    ends.length > 1 ? 'two' : 'one',
    params,
    [...new Set(present)],
    [e.id],
  );
}

/** DANGLING-EDGE: an edge whose source or target is not a node on the board. */
export const danglingEdge: Rule = {
  id: 'DANGLING-EDGE',
  check({ index }) {
    const findings: Finding[] = [];
    for (const i of index.dangling) {
      const e = index.edges[i];
      if (e) findings.push(danglingEdgeFinding(e, (id) => index.indexOf.has(id)));
    }
    return findings;
  },
};
