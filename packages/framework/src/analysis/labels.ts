import { DEFAULT_HORIZON_LABELS } from '../schema/index';
import type { BoardMeta, Horizon, PlanNode } from '../schema/index';

/** A node's title in quotes for messages, or its id when the title is blank. */
export function label(node: PlanNode | undefined, fallbackId = '?'): string {
  if (!node) return `"${fallbackId}"`;
  const title = node.title.trim();
  return `"${title === '' ? node.id : title}"`;
}

/** A path of nodes as `"A" → "B" → "C"`. */
export function pathLabel(nodes: readonly (PlanNode | undefined)[]): string {
  return nodes.map((n) => label(n)).join(' → ');
}

/** The board's label for a horizon (e.g. "Short term"). */
export function horizonLabel(meta: BoardMeta | undefined, horizon: Horizon): string {
  return meta?.horizonLabels[horizon] ?? DEFAULT_HORIZON_LABELS[horizon];
}
