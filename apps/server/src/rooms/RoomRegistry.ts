import type * as Y from 'yjs';

/**
 * What the REST API needs from the relay's rooms. Implemented by the relay (rooms/); used by api/.
 */
export interface RoomRegistry {
  /**
   * Opens the board's room (loading it from storage once, if not in memory), runs `fn` with the live
   * doc and keeps the room in memory until `fn` settles. Changes `fn` makes to the doc (in a
   * transaction with any origin other than a connection) are persisted durably and relayed to every
   * connected client like a client's update; the returned promise settles after they are stored.
   */
  withRoom<T>(boardId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T>;
  /** The board's current document state as one update (from the live room if open, else storage). */
  readState(boardId: string): Promise<Uint8Array>;
  /**
   * Re-checks the link of every open connection of the board against storage: connections whose
   * link was revoked are closed (4403); downgraded ones become read-only. Completes within a second.
   */
  refreshAccess(boardId: string): Promise<void>;
  /** Closes every connection of the board (e.g. the board was deleted) and drops the room. */
  closeBoard(boardId: string, code: number, reason: string): Promise<void>;
}
