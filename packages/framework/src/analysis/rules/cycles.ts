import type { Finding, PlanNode } from '../../schema/index';
import { componentSize, cycleThrough } from '../graph';
import { makeFinding } from './makeFinding';
import type { Rule, RuleContext } from './types';

type CycleKind = 'sequence' | 'priority';

/**
 * One finding per strongly connected component with at least two nodes (a shortest cycle through the
 * component's smallest-id node, in order), plus one per node with a self-loop.
 */
function findCycles(ctx: RuleContext, kind: CycleKind): Finding[] {
  return [...componentCycles(ctx, kind), ...selfLoopFindings(ctx, kind)];
}

function componentCycles(ctx: RuleContext, kind: CycleKind): Finding[] {
  const { index } = ctx;
  const g = index.graph(kind);
  const scc = index.scc(kind);
  const rule = kind === 'sequence' ? 'SEQ-CYCLE' : 'PRI-CYCLE';
  const findings: Finding[] = [];
  for (let c = 0; c < scc.count; c++) {
    const size = componentSize(scc, c);
    if (size < 2) continue;
    const cycle = cycleThrough(g, scc, scc.minNode[c] as number);
    const nodes = cycle.map((k) => index.nodes[g.src[k] as number] as PlanNode);
    const first = nodes[0] as PlanNode;
    findings.push(
      makeFinding(
        rule,
        'error',
        kind === 'sequence' ? 'chain' : 'loop',
        { loop: index.pathLabel([...nodes, first]), count: size - nodes.length },
        nodes.map((n) => n.id),
        cycle.map((k) => index.edges[g.edge[k] as number]?.id ?? ''),
      ),
    );
  }
  return findings;
}

/** One finding per node with a self-loop of `kind` (`nodeIds = [node]`, `edgeIds` = its self-loops). */
export function selfLoopFindings(ctx: RuleContext, kind: CycleKind): Finding[] {
  const { index } = ctx;
  const g = index.graph(kind);
  const rule = kind === 'sequence' ? 'SEQ-CYCLE' : 'PRI-CYCLE';
  const findings: Finding[] = [];
  const selfLoops = new Map<number, string[]>();
  for (let k = 0; k < g.src.length; k++) {
    const v = g.src[k] as number;
    if (v !== g.dst[k]) continue;
    const id = index.edges[g.edge[k] as number]?.id ?? '';
    const list = selfLoops.get(v);
    if (list) list.push(id);
    else selfLoops.set(v, [id]);
  }
  for (const [v, edgeIds] of selfLoops) {
    const node = index.nodes[v] as PlanNode;
    findings.push(
      makeFinding(rule, 'error', 'self', { item: index.label(node) }, [node.id], edgeIds),
    );
  }
  return findings;
}

/** PRI-CYCLE: cycles among `priority` edges. */
export const priCycle: Rule = { id: 'PRI-CYCLE', check: (ctx) => findCycles(ctx, 'priority') };
