import type { NodeChange } from '@xyflow/react';
import type { PlanNode, Position } from '@isf/framework';
import type { FlowNode } from './PlanNodes';

/** What a batch of React Flow node changes means for the document and presence. */
export interface NodeChangePlan {
  /** Changes to apply to the local React Flow state (never removals: those go through commands). */
  local: NodeChange<FlowNode>[];
  /** Live positions of an ongoing drag (publish as presence, never write to the doc). */
  dragging: Record<string, Position> | null;
  /** True when a drag (or keyboard move) finished in this batch. */
  ended: boolean;
  /** Final positions that differ from the document (ONE `node.move` command). */
  moves: { id: string; position: Position }[];
}

/**
 * Splits React Flow node changes: mid-drag positions stay local (and go to presence); the final
 * positions of a drag or keyboard move become one `node.move`. Read-only boards move nothing.
 */
export function planNodeChanges(
  changes: readonly NodeChange<FlowNode>[],
  getNode: (id: string) => PlanNode | undefined,
  readOnly: boolean,
): NodeChangePlan {
  const local: NodeChange<FlowNode>[] = [];
  const live: Record<string, Position> = {};
  const moves: { id: string; position: Position }[] = [];
  let ended = false;
  for (const c of changes) {
    if (c.type === 'remove') continue;
    if (c.type === 'position' && c.position) {
      if (readOnly) continue;
      if (c.dragging) live[c.id] = { x: c.position.x, y: c.position.y };
      else {
        ended = true;
        const rec = getNode(c.id);
        if (rec && (rec.position.x !== c.position.x || rec.position.y !== c.position.y)) {
          moves.push({ id: c.id, position: { x: c.position.x, y: c.position.y } });
        }
      }
    }
    local.push(c);
  }
  return {
    local,
    dragging: Object.keys(live).length > 0 ? live : null,
    ended,
    moves,
  };
}
