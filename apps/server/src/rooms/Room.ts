import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../relay/protocol.js';
import { CLOSE_CODES, encodeNoticeMessage, encodeSavedMessage } from '@isf/crdt';
import { Connection } from './Connection.js';
import type { RoomContext } from './roomTypes.js';
import { persistWithRetry, validateUpdate } from './updates.js';

/** Origin of the transaction that loads stored updates (never persisted again). */
const LOAD_ORIGIN = Symbol('load');
/** Origin of server-side changes (withRoom) applied after they were stored. */
export const SERVER_ORIGIN = Symbol('server');

interface PendingWrite {
  update: Uint8Array;
  /** The sending connection, or null for a server-side change. */
  from: Connection | null;
  done?: (err?: unknown) => void;
}

export const READ_ONLY_NOTICE = {
  code: 'read-only',
  message: 'This link can view the board but not change it.',
};

/**
 * One board in memory: its live Y.Doc (holding only stored content), awareness, connections and
 * the write queue. Every update is stored before it is applied to the doc and relayed.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Settles when the stored updates are in the doc; rejects if loading failed. */
  readonly loaded: Promise<void>;
  /** Held by running `withRoom` calls. */
  holds = 0;
  closed = false;
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  private flushScheduled = false;
  private rowCount = 0;
  private lastAutoVersion: number | null = null;
  private readonly ackWaiting = new Set<Connection>();
  private readonly awarenessChanged = new Set<number>();
  private awarenessScheduled = false;

  constructor(
    readonly boardId: string,
    private readonly ctx: RoomContext,
    /** Called whenever the room may have become idle. */
    private readonly onMaybeIdle: (room: Room) => void,
  ) {
    this.awareness.setLocalState(null);
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
    const { storage, log, metrics } = this.ctx;
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
    this.rowCount = updates.length;
    const versions = await storage.listVersions(this.boardId);
    const lastAuto = versions.filter((v) => v.kind === 'auto').at(-1);
    if (lastAuto) this.lastAutoVersion = Date.parse(lastAuto.createdAt);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
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
        const states = [...this.awareness.getStates().keys()];
        if (states.length > 0) conn.send(encodeAwarenessMessage(this.awareness, states));
        if (conn.role === 'viewer') this.sendReadOnlyNotice(conn);
        if (conn.ack) conn.send(encodeSavedMessage(Y.encodeStateVector(this.doc)));
        conn.attach((data) => this.handleMessage(conn, data));
      },
      () => this.closeConnection(conn, CLOSE_CODES.STORAGE_FAILURE, 'board could not be loaded'),
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
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], null);
    }
    this.onMaybeIdle(this);
  }

  private handleMessage(conn: Connection, data: Uint8Array): void {
    const { metrics, settings } = this.ctx;
    let msg;
    try {
      msg = decodeClientMessage(data);
    } catch (err) {
      metrics.messages.inc({ type: 'malformed' });
      this.closeConnection(
        conn,
        CLOSE_CODES.MALFORMED_MESSAGE,
        (err as Error).message.slice(0, 100),
      );
      return;
    }
    metrics.messages.inc({ type: msg.type });
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
          return;
        }
        if (check === 'empty') return;
        this.enqueue({ update: msg.update, from: conn });
        return;
      }
      case 'awareness': {
        if (msg.update.byteLength > settings.maxAwarenessBytes || !conn.takeAwarenessBudget()) {
          this.closeConnection(conn, CLOSE_CODES.AWARENESS_FLOOD, 'awareness flood');
          return;
        }
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, msg.update, conn);
        } catch {
          this.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, 'undecodable awareness update');
        }
        return;
      }
      case 'query-awareness':
        conn.send(encodeAwarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
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
      this.flushing = this.flushLoop().finally(() => {
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

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      await this.writeBatch(batch);
    }
  }

  private async writeBatch(batch: PendingWrite[]): Promise<void> {
    const { storage, metrics, log, settings } = this.ctx;
    const started = performance.now();
    try {
      await persistWithRetry(
        () =>
          storage.appendUpdates(
            this.boardId,
            batch.map((w) => w.update),
          ),
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
    this.rowCount += batch.length;
    await this.maybeAutoVersion();
    for (const write of batch) {
      try {
        Y.applyUpdate(this.doc, write.update, write.from ?? SERVER_ORIGIN);
      } catch (err) {
        log.error({ boardId: this.boardId, err }, 'stored update could not be applied');
        if (write.from)
          this.closeConnection(write.from, CLOSE_CODES.MALFORMED_MESSAGE, 'bad update');
      }
      if (write.from?.ack && !write.from.closed) this.ackWaiting.add(write.from);
      write.done?.();
    }
    if (this.ackWaiting.size > 0) {
      const saved = encodeSavedMessage(Y.encodeStateVector(this.doc));
      for (const conn of this.ackWaiting) conn.send(saved);
      this.ackWaiting.clear();
    }
    if (this.rowCount > settings.compactThreshold) await this.compact();
  }

  /** Compacts the board's update log (errors are logged, never thrown). */
  async compact(): Promise<void> {
    if (this.rowCount <= 1) return;
    try {
      await this.ctx.storage.compact(this.boardId);
      this.ctx.metrics.compactions.inc();
      this.rowCount = 1;
    } catch (err) {
      this.ctx.log.error({ boardId: this.boardId, err }, 'compaction failed');
    }
  }

  /** Before the first write of a stretch of editing, keeps the board as it was (at most one per interval). */
  private async maybeAutoVersion(): Promise<void> {
    const minutes = this.ctx.settings.autoVersionMinutes;
    if (minutes <= 0) return;
    const now = this.ctx.clock();
    const last = this.lastAutoVersion;
    if (last !== null && now.getTime() - last < minutes * 60_000) return;
    this.lastAutoVersion = now.getTime();
    try {
      await this.ctx.storage.createVersion(
        {
          id: this.ctx.newId(),
          boardId: this.boardId,
          label: 'Automatic',
          note: '',
          author: 'ISF Board',
          kind: 'auto',
          createdAt: now.toISOString(),
        },
        Y.encodeStateAsUpdate(this.doc),
      );
      this.ctx.metrics.autoVersions.inc();
    } catch (err) {
      this.ctx.log.error({ boardId: this.boardId, err }, 'automatic version failed');
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

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of changes.added) origin.awarenessClients.add(id);
      for (const id of changes.removed) origin.awarenessClients.delete(id);
    }
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.awarenessChanged.add(id);
    }
    if (this.awarenessScheduled) return;
    this.awarenessScheduled = true;
    setImmediate(() => this.flushAwareness());
  };

  private flushAwareness(): void {
    this.awarenessScheduled = false;
    if (this.awarenessChanged.size === 0 || this.closed) return;
    const message = encodeAwarenessMessage(this.awareness, [...this.awarenessChanged]);
    this.awarenessChanged.clear();
    for (const conn of this.connections) conn.send(message);
  }

  /** Frees the doc and awareness timers (after the room left the registry). */
  destroy(): void {
    this.closed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
