import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../session/BoardSessionContext';
import type { FlowPoint } from './Peer';
import { peerStoreFor } from './PeerStore';

/**
 * Node id → another person's live drag position (flow coordinates). Show the node there while the
 * drag lasts; the position itself is written to the doc once, on drag stop, by the dragging client.
 */
export function usePeerDrags(): ReadonlyMap<string, FlowPoint> {
  const store = peerStoreFor(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getDrags, store.getDrags);
}
