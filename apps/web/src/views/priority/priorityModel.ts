import type { Board, Edge, NodeKind, PlanNode } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

/** Priority levels, highest (1) first. */
export const PRIORITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/** The level `delta` steps down the list (positive: less important), or null past 1 or 5. */
export function shiftLevel(level: number, delta: number): PriorityLevel | null {
  const next = level + delta;
  return PRIORITY_LEVELS.find((l) => l === next) ?? null;
}

/** The command that sets a node's level, or null when it already has it. */
export function priorityCommand(
  node: Pick<PlanNode, 'id' | 'priority'>,
  level: PriorityLevel,
): BoardCommand | null {
  return node.priority === level
    ? null
    : { type: 'node.update', id: node.id, fields: { priority: level } };
}

/** One level's items. */
export interface PriorityGroup {
  level: PriorityLevel;
  nodes: PlanNode[];
}

const KIND_ORDER: Record<NodeKind, number> = { objective: 0, output: 1, activity: 2 };

/**
 * The nodes of the given kinds grouped by level (1 first; every level present, maybe empty),
 * inside a level objectives before outputs before activities, then by title.
 */
export function priorityGroups(board: Board, kinds: ReadonlySet<NodeKind>): PriorityGroup[] {
  const nodes = board.nodes
    .filter((n) => kinds.has(n.kind))
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
  return PRIORITY_LEVELS.map((level) => ({
    level,
    nodes: nodes.filter((n) => n.priority === level),
  }));
}

/** Priority edges of one node: those it outranks and those that outrank it. */
export interface PriorityLinks {
  outranks: Edge[];
  outrankedBy: Edge[];
}

/** Priority edges by node id. */
export function priorityLinks(board: Board): Map<string, PriorityLinks> {
  const links = new Map<string, PriorityLinks>();
  const get = (id: string): PriorityLinks => {
    let l = links.get(id);
    if (!l) links.set(id, (l = { outranks: [], outrankedBy: [] }));
    return l;
  };
  for (const e of board.edges) {
    if (e.kind !== 'priority') continue;
    get(e.source).outranks.push(e);
    get(e.target).outrankedBy.push(e);
  }
  return links;
}
