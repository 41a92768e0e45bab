import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../session/BoardSessionContext';
import type { Peer } from './Peer';
import { peerStoreFor } from './PeerStore';

/** Everyone else on the board (validated presence), one entry per open tab. */
export function usePeers(): Peer[] {
  const store = peerStoreFor(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getPeers, store.getPeers);
}
