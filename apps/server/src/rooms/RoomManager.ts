import * as Y from 'yjs';
import { CLOSE_CODES, encodeNoticeMessage } from '@isf/crdt';
import type { Connection } from './Connection.js';
import { READ_ONLY_NOTICE, Room } from './Room.js';
import type { RoomRegistry } from './RoomRegistry.js';
import type { RoomContext } from './roomTypes.js';

/** Close code for connections closed because the server shuts down (clients reconnect). */
export const CLOSE_GOING_AWAY = 1001;

/**
 * The relay's rooms: opens a board's room once (concurrent joins share its load), keeps it while
 * connections, writes or `withRoom` calls use it, pings connections, and unloads idle rooms after
 * their last write (compacting the update log). Implements the REST API's {@link RoomRegistry}.
 */
export class RoomManager implements RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly unloads = new Set<Promise<void>>();
  private readonly pingTimer: NodeJS.Timeout;
  private shuttingDown = false;

  constructor(
    private readonly ctx: RoomContext,
    options: { pingIntervalMs: number },
  ) {
    this.pingTimer = setInterval(() => this.pingAll(), options.pingIntervalMs);
    this.pingTimer.unref();
  }

  /** Number of rooms in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** The open room of a board, if any (for tests and metrics). */
  peek(boardId: string): Room | undefined {
    return this.rooms.get(boardId);
  }

  /** Joins an authenticated connection to its board's room. */
  connect(boardId: string, conn: Connection): void {
    if (this.shuttingDown) {
      conn.close(CLOSE_GOING_AWAY, 'server shutting down');
      return;
    }
    this.open(boardId).addConnection(conn);
  }

  /**
   * Runs `fn` with a copy of the board's live doc (current as of the call) and keeps the room in
   * memory meanwhile. Whatever `fn` changes in that doc is stored durably as one update, then
   * applied to the live doc and relayed to every client; the promise settles after it is stored
   * (and rejects if it could not be stored — then nothing was relayed). Rejects with
   * `BoardNotFoundError` for a board that does not exist.
   */
  async withRoom<T>(boardId: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    const room = this.open(boardId);
    room.holds += 1;
    const copy = new Y.Doc();
    try {
      await room.loaded;
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      const changes: Uint8Array[] = [];
      copy.on('update', (update: Uint8Array) => changes.push(update));
      const result = await fn(copy);
      if (changes.length > 0) {
        const update = Y.mergeUpdates(changes);
        await new Promise<void>((resolve, reject) => {
          room.enqueue({ update, from: null, done: (err) => (err ? reject(err) : resolve()) });
        });
      }
      return result;
    } finally {
      copy.destroy();
      room.holds -= 1;
      this.maybeUnload(room);
    }
  }

  async readState(boardId: string): Promise<Uint8Array> {
    const room = this.rooms.get(boardId);
    if (room && !room.closed) {
      try {
        await room.loaded;
        return Y.encodeStateAsUpdate(room.doc);
      } catch {
        // fall through to storage
      }
    }
    const { updates } = await this.ctx.storage.loadUpdates(boardId);
    return Y.mergeUpdates(updates);
  }

  async refreshAccess(boardId: string): Promise<void> {
    const room = this.rooms.get(boardId);
    if (!room) return;
    await Promise.all(
      [...room.connections].map(async (conn) => {
        let link = null;
        try {
          link = await this.ctx.storage.findLinkByTokenHash(conn.link.tokenHash);
        } catch (err) {
          this.ctx.log.error({ boardId, err }, 'refreshAccess: link lookup failed');
          return;
        }
        if (!link || link.revokedAt !== null || link.boardId !== boardId) {
          room.closeConnection(conn, CLOSE_CODES.FORBIDDEN, 'access revoked');
          return;
        }
        const wasViewer = conn.role === 'viewer';
        conn.link = link;
        if (link.role === 'viewer' && !wasViewer) {
          conn.readOnlyNoticeSent = true;
          conn.send(encodeNoticeMessage(READ_ONLY_NOTICE));
        } else if (link.role !== 'viewer') {
          conn.readOnlyNoticeSent = false;
        }
      }),
    );
  }

  async closeBoard(boardId: string, code: number, reason: string): Promise<void> {
    const room = this.rooms.get(boardId);
    if (!room) return;
    for (const conn of [...room.connections]) room.closeConnection(conn, code, reason);
    await room.drain();
    if (this.rooms.get(boardId) === room) this.rooms.delete(boardId);
    if (!room.closed) {
      room.destroy();
      this.ctx.metrics.rooms.dec();
    }
    // If the board was deleted while writes were in flight, drop the rows they left behind.
    if (!(await this.ctx.storage.getBoard(boardId))) await this.ctx.storage.deleteBoard(boardId);
  }

  /**
   * Graceful shutdown: refuses new connections, finishes every room's pending writes, closes the
   * connections (1001, clients reconnect) and waits for the rooms to unload.
   */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    clearInterval(this.pingTimer);
    for (const room of [...this.rooms.values()]) {
      await room.loaded.catch(() => undefined);
      await room.drain();
      for (const conn of [...room.connections]) {
        room.closeConnection(conn, CLOSE_GOING_AWAY, 'server shutting down');
      }
      this.maybeUnload(room);
    }
    while (this.unloads.size > 0) await Promise.all([...this.unloads]);
  }

  private open(boardId: string): Room {
    const existing = this.rooms.get(boardId);
    if (existing && !existing.closed) return existing;
    const room = new Room(boardId, this.ctx, (r) => this.maybeUnload(r));
    this.rooms.set(boardId, room);
    this.ctx.metrics.rooms.inc();
    return room;
  }

  private maybeUnload(room: Room): void {
    if (room.closed || !room.idle) return;
    if (this.rooms.get(room.boardId) === room) this.rooms.delete(room.boardId);
    room.closed = true;
    this.ctx.metrics.rooms.dec();
    const unload = (async () => {
      const ok = await room.loaded.then(
        () => true,
        () => false,
      );
      if (ok) await room.unload();
      room.destroy();
    })();
    this.unloads.add(unload);
    void unload.finally(() => this.unloads.delete(unload));
  }

  private pingAll(): void {
    for (const room of this.rooms.values()) {
      for (const conn of [...room.connections]) {
        if (!conn.alive) {
          this.ctx.metrics.closes.inc({ code: 'terminated' });
          this.ctx.log.info({ boardId: room.boardId, conn: conn.id }, 'no pong: terminating');
          conn.terminate();
          continue;
        }
        conn.alive = false;
        try {
          conn.socket.ping();
        } catch {
          conn.terminate();
        }
      }
    }
  }
}
