import type { MessagePart } from '../messages/DomainMessage';
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
 * A loop as message params. Plain finish-to-start chains keep the short arrow form
 * (`loop: '"A" → "B" → "A"'`, `chain: true`); loops through the hierarchy say each step as a
 * nested part (`steps`: `loop.first.starts` "A must finish before B starts", then
 * `loop.next.part-of` "which is part of C", …).
 */
export function loopParams(
  index: BoardIndex,
  steps: readonly LoopStep[],
): { chain: true; params: { loop: string } } | { chain: false; params: { steps: MessagePart[] } } {
  const first = steps[0];
  if (first && steps.every((s) => s.how === 'starts')) {
    return {
      chain: true,
      params: { loop: index.pathLabel([...steps.map((s) => s.from), first.from]) },
    };
  }
  return {
    chain: false,
    params: {
      steps: steps.map(({ from, to, how }, i): MessagePart => {
        const params: Record<string, string> = { b: index.label(to) };
        if (i === 0) params['a'] = index.label(from);
        return { code: `loop.${i === 0 ? 'first' : 'next'}.${how}`, params };
      }),
    },
  };
}
