import type { PlanNode } from '@isf/framework';

/** The title shown for a node; `fallback` (e.g. "Untitled activity") when it is blank. */
export function nodeTitle(node: Pick<PlanNode, 'title'> | undefined, fallback: string): string {
  const title = node?.title.trim() ?? '';
  return title.length > 0 ? title : fallback;
}
