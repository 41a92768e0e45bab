import type { Finding } from '../../schema/index';
import { eventPath, itemOf, simplifyCycle } from '../eventGraph';
import { loopParams, loopSteps } from '../sequenceLoop';
import { selfLoopFindings } from './cycles';
import { makeFinding } from './makeFinding';
import type { Rule, RuleContext } from './types';

/**
 * One finding per strongly connected component of the event graph (SPEC.md, "Sequencing
 * semantics") that contains a sequence edge: the shortest loop through the component's first
 * sequence edge (by id), made to visit each item once. Plus one finding per sequence self-loop.
 */
function eventCycles({ index }: RuleContext): Finding[] {
  const g = index.events();
  const scc = index.eventScc();
  const firstSeq = new Int32Array(scc.count).fill(-1);
  for (let k = g.items; k < g.src.length; k++) {
    const c = scc.comp[g.src[k] as number] as number;
    if (firstSeq[c] !== -1 || scc.comp[g.dst[k] as number] !== c) continue;
    if (index.edges[g.edge[k] as number]?.kind === 'sequence') firstSeq[c] = k;
  }
  const stamp = new Int32Array(g.items);
  const findings: Finding[] = [];
  for (let c = 0; c < scc.count; c++) {
    const k = firstSeq[c] as number;
    if (k === -1) continue;
    const back = eventPath(g, g.dst[k] as number, g.src[k] as number, scc) ?? [];
    const cycle = simplifyCycle(g, [k, ...back]);
    // Start at a sequence edge: the chosen one if it survived, else the first one.
    let at = cycle.indexOf(k);
    if (at < 0) at = cycle.findIndex((e) => index.edges[g.edge[e] as number]?.kind === 'sequence');
    const steps = loopSteps(index, g, [...cycle.slice(at), ...cycle.slice(0, at)]);
    let items = 0;
    for (let i = scc.start[c] as number; i < (scc.start[c + 1] as number); i++) {
      const v = itemOf(scc.members[i] as number);
      if (stamp[v] !== c + 1) items++;
      stamp[v] = c + 1;
    }
    const loop = loopParams(index, steps);
    findings.push(
      makeFinding(
        'SEQ-CYCLE',
        'error',
        loop.chain ? 'chain' : 'hierarchy',
        { ...loop.params, count: items - steps.length },
        steps.map((s) => s.from.id),
        steps.map((s) => s.edgeId),
      ),
    );
  }
  return findings;
}

/** SEQ-CYCLE: loops of sequence edges, read through the hierarchy (event graph). */
export const seqCycle: Rule = {
  id: 'SEQ-CYCLE',
  check: (ctx) => [...eventCycles(ctx), ...selfLoopFindings(ctx, 'sequence')],
};
