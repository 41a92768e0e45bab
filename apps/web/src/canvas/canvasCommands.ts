import type { EdgeKind, NodeKind, Position } from '@isf/framework';
import type { BoardStore, BoardUndo, CommandResult } from '@isf/crdt';
import { i18next, messageText } from '../i18n';

/**
 * Deletes nodes (with their edges) and edges as ONE undo step. Edges touching a deleted node are
 * removed by `node.delete` already and are not disconnected twice.
 */
export function deleteElements(
  store: BoardStore,
  undo: BoardUndo | null,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): CommandResult | null {
  const nodes = new Set(nodeIds);
  const edges = edgeIds.filter((id) => {
    const e = store.getEdge(id);
    return e !== undefined && !nodes.has(e.source) && !nodes.has(e.target);
  });
  if (nodes.size === 0 && edges.length === 0) return null;
  const grouped = nodes.size > 0 && edges.length > 0 && undo !== null;
  if (grouped) undo.beginGroup();
  try {
    let result: CommandResult = { ok: true };
    if (nodes.size > 0) result = store.run({ type: 'node.delete', ids: [...nodes] });
    if (result.ok && edges.length > 0) result = store.run({ type: 'edge.disconnect', ids: edges });
    return result;
  } finally {
    if (grouped) undo.endGroup();
  }
}

/** Adds a node of `kind` at `position`; returns its id, or the refusal. */
export function addNode(
  store: BoardStore,
  kind: NodeKind,
  position: Position,
): { ok: true; id: string } | { ok: false; message: string } {
  const result = store.run({ type: 'node.add', node: { kind, position } });
  if (!result.ok) return { ok: false, message: messageText(result) };
  const id = result.ids?.[0];
  return id === undefined
    ? { ok: false, message: i18next.t('canvas:announce.notCreated') }
    : { ok: true, id };
}

/** Connects two nodes with an edge of `kind`; the result explains a refusal (cycle, shape, …). */
export function connectNodes(
  store: BoardStore,
  kind: EdgeKind,
  source: string,
  target: string,
): CommandResult {
  return store.run({ type: 'edge.connect', kind, source, target });
}
