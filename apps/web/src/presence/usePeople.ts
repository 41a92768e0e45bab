import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../session/BoardSessionContext';
import { peerStoreFor } from './PeerStore';
import type { PeerIdentity } from './PeerStore';

/**
 * The other people on the board, one entry per person (not per tab), identity only: re-renders
 * when someone joins, leaves or changes name/entity — not when they move their cursor.
 */
export function usePeople(): PeerIdentity[] {
  const store = peerStoreFor(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getPeople, store.getPeople);
}
