import type { PlanNode } from '../schema/index';
import type { BoardIndex } from './boardIndex';
import { isFinish, itemOf, type EventGraph } from './eventGraph';

/** One step of a sequencing loop between two items, read from an event-graph edge. */
export interface LoopStep {
  from: PlanNode;
  to: PlanNode;
  /** `starts`: from must finish before to starts; `completes`: before to is complete; `part-of` / `contains`: hierarchy. */
  how: 'starts' | 'completes' | 'part-of' | 'contains';
  /** Id of the board edge behind the step. */
  edgeId: string;
}

/** The item-changing steps of a path of local event edges (an item's own start → finish is skipped). */
export function loopSteps(index: BoardIndex, g: EventGraph, path: readonly number[]): LoopStep[] {
  const steps: LoopStep[] = [];
  for (const k of path) {
    const e = index.edges[g.edge[k] as number];
    if (!e) continue;
    const to = g.dst[k] as number;
    const sequence = e.kind === 'sequence';
    steps.push({
      from: index.nodes[itemOf(g.src[k] as number)] as PlanNode,
      to: index.nodes[itemOf(to)] as PlanNode,
      how: sequence
        ? isFinish(to)
          ? 'completes'
          : 'starts'
        : isFinish(to)
          ? 'part-of'
          : 'contains',
      edgeId: e.id,
    });
  }
  return steps;
}

/**
 * A loop in words. Plain finish-to-start chains keep the short arrow form (`"A" → "B" → "A"`);
 * loops through the hierarchy say each step: `"A" must finish before "B" starts, which is part of "C", …`.
 */
export function describeLoop(index: BoardIndex, steps: readonly LoopStep[]): string {
  const first = steps[0];
  if (first && steps.every((s) => s.how === 'starts')) {
    return index.pathLabel([...steps.map((s) => s.from), first.from]);
  }
  return steps
    .map(({ from, to, how }, i) => {
      const a = i === 0 ? index.label(from) : 'which';
      const b = index.label(to);
      if (how === 'starts') return `${a} must finish before ${b} starts`;
      if (how === 'completes') return `${a} must finish before ${b} is complete`;
      return how === 'part-of' ? `${a} is part of ${b}` : `${a} contains ${b}`;
    })
    .join(', ');
}
