import { CLOSE_CODES, encodeNoticeMessage, encodeSavedMessage } from '@isf/crdt';
import * as Y from 'yjs';
import type { BusMessage } from '../bus/RoomBus.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../relay/protocol.js';
import { BoardRecordKeeper, docTitle } from './BoardRecordKeeper.js';
import type { Connection } from './Connection.js';
import { loadRoomDoc } from './loadRoomDoc.js';
import { LOAD_ORIGIN, REMOTE_ORIGIN } from './origins.js';
import { RoomHistory } from './RoomHistory.js';
import { RoomPresence, type PresenceRefusal } from './RoomPresence.js';
import type { RoomContext } from './roomTypes.js';
import { RoomWriter, type PendingWrite } from './RoomWriter.js';
import { validateUpdate } from './updates.js';

export { REMOTE_ORIGIN, SERVER_ORIGIN } from './origins.js';
export type { PendingWrite } from './RoomWriter.js';

/** The board of a room does not exist (deleted, or never created). */
export class BoardNotFoundError extends Error {
  override name = 'BoardNotFoundError';
  constructor(readonly boardId: string) {
    super(`Board ${boardId} not found`);
  }
}

/** The notice a viewer connection gets once (on connect or downgrade). */
export const READ_ONLY_NOTICE = {
  code: 'read-only',
  message: 'This link can view the board but not change it.',
};

const PRESENCE_CLOSE: Record<PresenceRefusal, [code: number, reason: string]> = {
  'too-large': [CLOSE_CODES.AWARENESS_FLOOD, 'awareness state too large'],
  flood: [CLOSE_CODES.AWARENESS_FLOOD, 'awareness flood'],
  malformed: [CLOSE_CODES.MALFORMED_MESSAGE, 'undecodable awareness update'],
};

/**
 * One board in memory: its live Y.Doc (holding only stored content), presence, connections and
 * the write pipeline ({@link RoomWriter}). Every update is stored before it is applied to the doc
 * and relayed.
 */
export class Room {
  readonly presence: RoomPresence;
  readonly connections = new Set<Connection>();
  /** Settles when the stored updates are in the doc; rejects if loading failed. */
  readonly loaded: Promise<void>;
  /** Held by running `withRoom` calls. */
  holds = 0;
  closed = false;
  private liveDoc = new Y.Doc();
  /** Presence has a doc of its own, so that a load can replace the live doc. */
  private readonly presenceDoc = new Y.Doc();
  private readonly history: RoomHistory;
  private readonly writer: RoomWriter;
  private record: BoardRecordKeeper | null = null;
  private ready = false;
  private busBacklog: BusMessage[] = [];
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(
    readonly boardId: string,
    private readonly ctx: RoomContext,
    /** Called whenever the room may have become idle. */
    private readonly onMaybeIdle: (room: Room) => void,
  ) {
    this.history = new RoomHistory(boardId, ctx);
    this.writer = new RoomWriter(
      {
        boardId,
        doc: () => this.liveDoc,
        closeConnection: (conn, code, reason) => this.closeConnection(conn, code, reason),
        publish: (update) => this.publish('update', update),
        afterApply: () => this.record?.noteWrite(),
        maybeIdle: () => this.onMaybeIdle(this),
      },
      ctx,
      this.history,
    );
    this.presence = new RoomPresence(
      this.presenceDoc,
      (message) => {
        for (const conn of this.connections) conn.send(message);
      },
      (update) => this.publish('awareness', update),
      ctx.settings,
    );
    this.loaded = this.load();
    this.loaded.catch(() => undefined);
  }

  /** The live doc: only stored content (use after `loaded`). */
  get doc(): Y.Doc {
    return this.liveDoc;
  }

  /** True when nothing keeps the room in memory. */
  get idle(): boolean {
    return this.connections.size === 0 && this.holds === 0 && !this.writer.busy;
  }

  private async load(): Promise<void> {
    const { storage, bus } = this.ctx;
    const board = await storage.getBoard(this.boardId);
    if (!board) throw new BoardNotFoundError(this.boardId);
    // Subscribe first, so nothing another instance stores during the load is missed.
    this.unsubscribe = await bus.subscribe(this.boardId, (m) => this.onBusMessage(m));
    const { doc, rows } = await loadRoomDoc(this.boardId, this.ctx, this.liveDoc);
    if (doc !== this.liveDoc) {
      this.liveDoc.destroy();
      this.liveDoc = doc;
    }
    await this.history.init(rows);
    this.record = new BoardRecordKeeper(this.boardId, this.ctx, board.title, () =>
      docTitle(this.liveDoc),
    );
    this.liveDoc.on('update', this.onDocUpdate);
    this.ready = true;
    for (const message of this.busBacklog.splice(0)) this.onBusMessage(message);
  }

  /** Adds a connection; it is synced once the room has loaded. */
  addConnection(conn: Connection): void {
    this.connections.add(conn);
    this.ctx.metrics.connections.inc();
    conn.onClose(() => this.removeConnection(conn));
    this.loaded.then(
      () => {
        if (conn.closed) return;
        conn.send(encodeSyncStep1(this.liveDoc));
        const presence = this.presence.snapshot();
        if (presence) conn.send(presence);
        if (conn.role === 'viewer') this.sendReadOnlyNotice(conn);
        if (conn.ack) conn.send(encodeSavedMessage(Y.encodeStateVector(this.liveDoc)));
        conn.attach((data) => this.handleMessage(conn, data));
      },
      (err: unknown) => {
        if (err instanceof BoardNotFoundError) {
          this.closeConnection(conn, CLOSE_CODES.BOARD_NOT_FOUND, 'board not found');
        } else {
          this.ctx.log.error({ boardId: this.boardId, err }, 'room load failed');
          this.closeConnection(conn, CLOSE_CODES.STORAGE_FAILURE, 'board could not be loaded');
        }
      },
    );
  }

  /** Closes a connection with a code, counting it. */
  closeConnection(conn: Connection, code: number, reason: string): void {
    if (conn.closed) return;
    this.ctx.metrics.closes.inc({ code: String(code) });
    this.ctx.log.info({ boardId: this.boardId, conn: conn.id, code, reason }, 'closing connection');
    conn.close(code, reason);
  }

  /** Sends the read-only notice to a viewer once. */
  sendReadOnlyNotice(conn: Connection): void {
    if (conn.readOnlyNoticeSent) return;
    conn.readOnlyNoticeSent = true;
    conn.send(encodeNoticeMessage(READ_ONLY_NOTICE));
  }

  private removeConnection(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.ctx.metrics.connections.dec();
    this.writer.forget(conn);
    this.presence.removeConnection(conn);
    this.onMaybeIdle(this);
  }

  private handleMessage(conn: Connection, data: Uint8Array): void {
    let msg;
    try {
      msg = decodeClientMessage(data);
    } catch (err) {
      this.ctx.metrics.messages.inc({ type: 'malformed' });
      const reason = err instanceof Error ? err.message.slice(0, 100) : 'malformed';
      this.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, reason);
      return;
    }
    this.ctx.metrics.messages.inc({ type: msg.type });
    switch (msg.type) {
      case 'sync-step-1': {
        let reply: Uint8Array;
        try {
          reply = encodeSyncStep2(this.liveDoc, msg.stateVector);
        } catch {
          this.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, 'bad state vector');
          return;
        }
        conn.send(reply);
        return;
      }
      case 'update': {
        if (conn.role === 'viewer') {
          this.sendReadOnlyNotice(conn);
          return;
        }
        const check = validateUpdate(msg.update);
        if (check === 'invalid') {
          this.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, 'undecodable update');
        } else if (check === 'unapplicable') {
          this.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, 'update Yjs cannot apply');
        } else if (check === 'ok') {
          this.writer.enqueue({ update: msg.update, from: conn, receivedAt: performance.now() });
        }
        return;
      }
      case 'awareness': {
        const refusal = this.presence.receive(conn, msg.update);
        if (refusal) this.closeConnection(conn, ...PRESENCE_CLOSE[refusal]);
        return;
      }
      case 'query-awareness':
        conn.send(this.presence.all());
        return;
    }
  }

  /** Queues a write; it is stored, then applied and relayed, in the next flush. */
  enqueue(write: PendingWrite): void {
    this.writer.enqueue(write);
  }

  /** Resolves once every queued write has been handled. */
  drain(): Promise<void> {
    return this.writer.drain();
  }

  /**
   * Upkeep when the room leaves memory (after its last write): brings the board record up to
   * date and compacts the update log.
   */
  async unload(): Promise<void> {
    await this.record?.flush();
    await this.history.compact();
  }

  private publish(kind: 'update' | 'awareness', data: Uint8Array): void {
    this.ctx.bus.publish(this.boardId, kind, data).catch((err: unknown) => {
      this.ctx.log.error({ boardId: this.boardId, err, kind }, 'bus publish failed');
    });
  }

  private onBusMessage(message: BusMessage): void {
    if (this.closed) return;
    if (!this.ready) {
      this.busBacklog.push(message);
      return;
    }
    if (message.kind === 'awareness') {
      this.presence.receiveRemote(message.data);
      return;
    }
    try {
      // Stored by the instance that published it; applying relays it to our clients.
      Y.applyUpdate(this.liveDoc, message.data, REMOTE_ORIGIN);
    } catch (err) {
      this.ctx.log.error({ boardId: this.boardId, err }, 'bus update could not be applied');
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    // Only stored updates reach the live doc (see RoomWriter): relay to all but the sender.
    const message = encodeSyncUpdate(update);
    for (const conn of this.connections) {
      if (conn !== origin) conn.send(message);
    }
  };

  /** Frees the doc, presence timers and the bus subscription (after leaving the registry). */
  destroy(): void {
    this.closed = true;
    this.record?.dispose();
    this.presence.destroy();
    this.liveDoc.destroy();
    this.presenceDoc.destroy();
    this.unsubscribe?.().catch((err: unknown) => {
      this.ctx.log.warn({ boardId: this.boardId, err }, 'bus unsubscribe failed');
    });
  }
}
