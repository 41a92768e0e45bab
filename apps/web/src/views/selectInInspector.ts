import { selectionStoreFor } from '../canvas/selectionStore';
import type { BoardSession } from '../session/BoardSession';

/**
 * Makes `nodeId` the board's selection (the canvas engineer's selection store, which the inspector
 * shows), so an item focused in a view can be edited in the inspector.
 */
export function selectInInspector(session: BoardSession, nodeId: string): void {
  selectionStoreFor(session).set({ nodes: [nodeId], edges: [] });
}
