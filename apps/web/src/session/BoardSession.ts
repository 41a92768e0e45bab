import type { Awareness } from 'y-protocols/awareness';
import type { BoardStore, BoardUndo } from '@isf/crdt';

/** Who the local participant is (asked once when joining, remembered per browser). */
export interface Participant {
  id: string;
  name: string;
  color: string;
  role: 'owner' | 'editor' | 'viewer';
  /** Actor id of the entity this person represents, or null. */
  entity: string | null;
}

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** What the status bar shows; `saved` is true only once the relay confirmed every local update. */
export interface SyncStatus {
  connection: ConnectionState;
  saved: boolean;
  /** Whether the local IndexedDB copy has loaded (offline edits survive reloads). */
  localLoaded: boolean;
  /** The last notice or permanent close from the relay (e.g. read-only, access revoked). */
  notice: StatusNotice | null;
}

/**
 * Something the relay told us, shown next to the status. The session keeps the codes; the UI words
 * them in the current language (`status/noticeLabel.ts`).
 */
export type StatusNotice =
  /** A notice message (e.g. code `read-only`); `message` is the relay's own text, if any. */
  | { kind: 'notice'; code: string | null; message: string }
  /** The relay closed the connection for good (4400–4499) with this code and reason. */
  | { kind: 'closed'; code: number; reason: string };

/** Publishing the local user's ephemeral state to others (throttled ≤ 10 Hz where it matters). */
export interface PresencePublisher {
  setCursor(position: { x: number; y: number } | null): void;
  setSelected(ids: string[]): void;
  setDragging(positions: Record<string, { x: number; y: number }> | null): void;
  setViewport(viewport: { x: number; y: number; zoom: number }): void;
  setFollowing(userId: string | null): void;
}

/**
 * One open board: the live document, undo, presence and status. Created by the sync layer
 * (session/), consumed by the canvas, inspector, problems panel and views.
 */
export interface BoardSession {
  boardId: string;
  store: BoardStore;
  undo: BoardUndo;
  awareness: Awareness;
  self: Participant;
  readOnly: boolean;
  presence: PresencePublisher;
  /**
   * Updates the local participant's name and/or entity (asked after joining) and republishes
   * them in presence. `self` is updated in place.
   */
  setIdentity(patch: { name?: string; entity?: string | null }): void;
  /** Subscribe to status changes; returns unsubscribe. */
  subscribeStatus(listener: (status: SyncStatus) => void): () => void;
  getStatus(): SyncStatus;
  destroy(): void;
}
