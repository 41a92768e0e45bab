import { useSyncExternalStore } from 'react';
import { useBoardSession } from '../session/BoardSessionContext';
import { followStoreFor } from './followStore';

/**
 * Whom the local user follows (a user id, or null) and a setter. Clicking an avatar starts
 * following; any manual pan or zoom of the canvas stops it (see `PresenceLayer`).
 */
export function useFollowing(): [string | null, (userId: string | null) => void] {
  const store = followStoreFor(useBoardSession());
  const following = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [following, store.set];
}
