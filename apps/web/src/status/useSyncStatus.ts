import { useSyncExternalStore } from 'react';
import type { BoardSession, SyncStatus } from '../session/BoardSession';

/** The session's sync status, re-rendering on change. */
export function useSyncStatus(session: BoardSession): SyncStatus {
  return useSyncExternalStore(session.subscribeStatus, session.getStatus, session.getStatus);
}
