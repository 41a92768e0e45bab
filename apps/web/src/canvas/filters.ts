import type { CrossCuttingTag, Edge, Horizon, PlanNode } from '@isf/framework';

/** What the canvas search/filter bar selects. Empty fields do not filter. */
export interface BoardFilter {
  /** Free text matched (case-insensitive) against title, description and template ref. */
  query: string;
  /** Keep this objective and everything contributing to it (transitively). */
  objectiveId: string | null;
  /** Keep items this actor leads or supports. */
  actorId: string | null;
  horizon: Horizon | null;
  tag: CrossCuttingTag | null;
  /** Non-matching nodes are dimmed or hidden. */
  mode: 'dim' | 'hide';
}

/** A filter that keeps everything. */
export const EMPTY_FILTER: BoardFilter = {
  query: '',
  objectiveId: null,
  actorId: null,
  horizon: null,
  tag: null,
  mode: 'dim',
};

/** Whether any criterion of the filter is set. */
export function isFilterActive(filter: BoardFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.objectiveId !== null ||
    filter.actorId !== null ||
    filter.horizon !== null ||
    filter.tag !== null
  );
}

/**
 * Ids of nodes contributing to `objectiveId` through `contributes` edges (activity → output →
 * objective), including the objective itself.
 */
export function contributorsOf(objectiveId: string, edges: readonly Edge[]): Set<string> {
  const incoming = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== 'contributes') continue;
    const list = incoming.get(e.target);
    if (list) list.push(e.source);
    else incoming.set(e.target, [e.source]);
  }
  const seen = new Set<string>([objectiveId]);
  const stack = [objectiveId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const src of incoming.get(id) ?? []) {
      if (!seen.has(src)) {
        seen.add(src);
        stack.push(src);
      }
    }
  }
  return seen;
}

/** Whether one node passes the per-node criteria (everything except the objective criterion). */
export function nodeMatches(node: PlanNode, filter: BoardFilter): boolean {
  if (filter.horizon !== null && node.horizon !== filter.horizon) return false;
  if (filter.tag !== null && !node.tags.includes(filter.tag)) return false;
  if (
    filter.actorId !== null &&
    node.lead !== filter.actorId &&
    !node.support.includes(filter.actorId)
  ) {
    return false;
  }
  const q = filter.query.trim().toLowerCase();
  if (q !== '') {
    const hay = `${node.title}\n${node.description}\n${node.ref ?? ''}`.toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

/**
 * Ids of the nodes matching `filter`, or null when the filter is inactive (everything matches).
 */
export function matchingNodeIds(
  nodes: Iterable<PlanNode>,
  edges: readonly Edge[],
  filter: BoardFilter,
): Set<string> | null {
  if (!isFilterActive(filter)) return null;
  const scope = filter.objectiveId === null ? null : contributorsOf(filter.objectiveId, edges);
  const out = new Set<string>();
  for (const node of nodes) {
    if (scope !== null && !scope.has(node.id)) continue;
    if (nodeMatches(node, filter)) out.add(node.id);
  }
  return out;
}
