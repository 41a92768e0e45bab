import { DEFAULT_HORIZON_LABELS } from '../schema/index';
import type { BoardMeta, Horizon, PlanNode } from '../schema/index';

/** Longest title shown in a message; longer titles are cut with an ellipsis. */
const MAX_TITLE = 80;

/** A node's title in quotes for messages (cut at 80 characters), or its id when the title is blank. */
export function label(node: PlanNode | undefined, fallbackId = '?'): string {
  if (!node) return `"${fallbackId}"`;
  const title = node.title.trim().replace(/\s+/g, ' ');
  const text = title === '' ? node.id : title;
  return `"${text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text}"`;
}

/** A path of nodes as `"A" → "B" → "C"`. */
export function pathLabel(nodes: readonly (PlanNode | undefined)[]): string {
  return nodes.map((n) => label(n)).join(' → ');
}

/** The board's label for a horizon (e.g. "Short term"). */
export function horizonLabel(meta: BoardMeta | undefined, horizon: Horizon): string {
  return meta?.horizonLabels[horizon] ?? DEFAULT_HORIZON_LABELS[horizon];
}
