import { CLOSE_CODES, encodeNoticeMessage, encodeSavedMessage } from '@isf/crdt';
import * as Y from 'yjs';
import type { BusMessage } from '../bus/RoomBus.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../relay/protocol.js';
import type { Connection } from './Connection.js';
import { RoomHistory } from './RoomHistory.js';
import { RoomPresence, type PresenceRefusal } from './RoomPresence.js';
import type { RoomContext } from './roomTypes.js';
import { persistWithRetry, validateUpdate } from './updates.js';

/** Origin of the transaction that loads stored updates (never persisted again). */
const LOAD_ORIGIN = Symbol('load');
/** Origin of server-side changes (withRoom) applied after they were stored. */
export const SERVER_ORIGIN = Symbol('server');
/** Origin of updates another relay instance stored and published on the bus. */
export const REMOTE_ORIGIN = Symbol('remote');

/** The board of a room does not exist (deleted, or never created). */
export class BoardNotFoundError extends Error {
  override name = 'BoardNotFoundError';
  constructor(readonly boardId: string) {
    super(`Board ${boardId} not found`);
  }
}

/** A write waiting to be stored: a client's update, or a server-side change (`from: null`). */
export interface PendingWrite {
  update: Uint8Array;
  from: Connection | null;
  done?: (err?: unknown) => void;
}

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
 * the write queue. Every update is stored before it is applied to the doc and relayed.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly presence: RoomPresence;
  readonly connections = new Set<Connection>();
  /** Settles when the stored updates are in the doc; rejects if loading failed. */
  readonly loaded: Promise<void>;
  /** Held by running `withRoom` calls. */
  holds = 0;
  closed = false;
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  private flushScheduled = false;
  private readonly history: RoomHistory;
  private readonly ackWaiting = new Set<Connection>();
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
    this.presence = new RoomPresence(
      this.doc,
      (message) => {
        for (const conn of this.connections) conn.send(message);
      },
      (update) => this.publish('awareness', update),
      ctx.settings,
    );
    this.loaded = this.load();
    this.loaded.catch(() => undefined);
  }

  /** True when nothing keeps the room in memory. */
  get idle(): boolean {
    return (
      this.connections.size === 0 &&
      this.holds === 0 &&
      this.queue.length === 0 &&
      this.flushing === null &&
      !this.flushScheduled
    );
  }

  private async load(): Promise<void> {
    const { storage, log, metrics, bus } = this.ctx;
    if (!(await storage.getBoard(this.boardId))) throw new BoardNotFoundError(this.boardId);
    // Subscribe first, so nothing another instance stores during the load is missed.
    this.unsubscribe = await bus.subscribe(this.boardId, (m) => this.onBusMessage(m));
    const { updates, quarantined } = await storage.loadUpdates(this.boardId);
    if (quarantined.length > 0) {
      metrics.quarantinedRows.inc(quarantined.length);
      log.error({ boardId: this.boardId, quarantined }, 'corrupt update rows quarantined');
    }
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update, LOAD_ORIGIN);
        } catch (err) {
          log.error({ boardId: this.boardId, err }, 'stored update could not be applied');
        }
      }
    }, LOAD_ORIGIN);
    await this.history.init(updates.length);
    this.doc.on('update', this.onDocUpdate);
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
        conn.send(encodeSyncStep1(this.doc));
        const presence = this.presence.snapshot();
        if (presence) conn.send(presence);
        if (conn.role === 'viewer') this.sendReadOnlyNotice(conn);
        if (conn.ack) conn.send(encodeSavedMessage(Y.encodeStateVector(this.doc)));
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
    this.ackWaiting.delete(conn);
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
          reply = encodeSyncStep2(this.doc, msg.stateVector);
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
        } else if (check === 'ok') {
          this.enqueue({ update: msg.update, from: conn });
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
    this.queue.push(write);
    if (this.flushing || this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushing = this.flushLoop()
        .catch((err: unknown) => {
          this.ctx.log.error({ boardId: this.boardId, err }, 'write loop failed');
        })
        .finally(() => {
          this.flushing = null;
          this.onMaybeIdle(this);
        });
    });
  }

  /** Resolves once every queued write has been handled. */
  async drain(): Promise<void> {
    while (this.flushing || this.flushScheduled || this.queue.length > 0) {
      if (this.flushing) await this.flushing;
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Compacts the update log (on unload). */
  compact(): Promise<void> {
    return this.history.compact();
  }

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) await this.writeBatch(this.queue.splice(0));
  }

  private async writeBatch(batch: PendingWrite[]): Promise<void> {
    const { storage, metrics, log, settings } = this.ctx;
    const updates = batch.map((w) => w.update);
    const started = performance.now();
    try {
      await persistWithRetry(
        () => storage.appendUpdates(this.boardId, updates),
        settings.persistRetryDelaysMs,
        (attempt, err) => {
          metrics.persistRetries.inc();
          log.warn({ boardId: this.boardId, attempt, err }, 'update write failed; retrying');
        },
      );
    } catch (err) {
      metrics.persistFailures.inc();
      log.error({ boardId: this.boardId, err, updates: batch.length }, 'updates NOT stored');
      for (const write of batch) {
        if (write.from) {
          this.closeConnection(write.from, CLOSE_CODES.STORAGE_FAILURE, 'storage failure');
        }
        write.done?.(err);
      }
      return;
    }
    metrics.persistSeconds.observe((performance.now() - started) / 1000);
    // Stored: now (and only now) apply, relay, acknowledge and tell other instances.
    await this.history.beforeApply(this.doc);
    for (const write of batch) {
      try {
        Y.applyUpdate(this.doc, write.update, write.from ?? SERVER_ORIGIN);
      } catch (err) {
        log.error({ boardId: this.boardId, err }, 'stored update could not be applied');
        if (write.from) {
          this.closeConnection(write.from, CLOSE_CODES.MALFORMED_MESSAGE, 'bad update');
        }
      }
      if (write.from?.ack && !write.from.closed) this.ackWaiting.add(write.from);
      write.done?.();
    }
    if (this.ackWaiting.size > 0) {
      const saved = encodeSavedMessage(Y.encodeStateVector(this.doc));
      for (const conn of this.ackWaiting) conn.send(saved);
      this.ackWaiting.clear();
    }
    this.publish('update', updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    await this.history.afterWrite(batch.length);
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
      Y.applyUpdate(this.doc, message.data, REMOTE_ORIGIN);
    } catch (err) {
      this.ctx.log.error({ boardId: this.boardId, err }, 'bus update could not be applied');
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    // Only stored updates reach the live doc (see writeBatch): relay to everyone but the sender.
    const message = encodeSyncUpdate(update);
    for (const conn of this.connections) {
      if (conn !== origin) conn.send(message);
    }
  };

  /** Frees the doc, presence timers and the bus subscription (after leaving the registry). */
  destroy(): void {
    this.closed = true;
    this.presence.destroy();
    this.doc.destroy();
    this.unsubscribe?.().catch((err: unknown) => {
      this.ctx.log.warn({ boardId: this.boardId, err }, 'bus unsubscribe failed');
    });
  }
}
