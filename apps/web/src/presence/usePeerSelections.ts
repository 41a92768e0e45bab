import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../session/BoardSessionContext';
import type { Peer } from './Peer';
import { peerStoreFor } from './PeerStore';

/**
 * Node id → the other people who have that node selected (for coloured rings). The map keeps its
 * identity while nobody's selection changes.
 */
export function usePeerSelections(): ReadonlyMap<string, Peer[]> {
  const store = peerStoreFor(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getSelections, store.getSelections);
}
