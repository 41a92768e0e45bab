import { CLOSE_CODES, encodeSavedMessage } from '@isf/crdt';
import * as Y from 'yjs';
import type { Connection } from './Connection.js';
import { SERVER_ORIGIN } from './origins.js';
import type { RoomHistory } from './RoomHistory.js';
import type { RoomContext } from './roomTypes.js';
import { persistWithRetry } from './updates.js';

/** A write waiting to be stored: a client's update, or a server-side change (`from: null`). */
export interface PendingWrite {
  update: Uint8Array;
  from: Connection | null;
  done?: (err?: unknown) => void;
  /** `performance.now()` when the relay received it (for the relay-delay histogram). */
  receivedAt?: number;
}

/** What the write pipeline needs from its room. */
export interface RoomWriterHost {
  readonly boardId: string;
  /** The room's live doc (only stored content is applied to it). */
  doc(): Y.Doc;
  closeConnection(conn: Connection, code: number, reason: string): void;
  /** Tells other relay instances about a stored update. */
  publish(update: Uint8Array): void;
  /** Called after a batch was stored and applied to the doc. */
  afterApply(): void;
  /** Called whenever the pipeline may have become idle. */
  maybeIdle(): void;
}

/** A batch handed to storage; `stored` is null until the write settled (false: not stored). */
interface StoringBatch {
  writes: PendingWrite[];
  stored: boolean | null;
  settled: Promise<void>;
}

/**
 * A room's write pipeline: the writes queued in one tick are handed to storage as one batch
 * (`appendUpdates`, retried) at once — without waiting for earlier batches to be applied, so the
 * storage can take them into its next group commit — and each batch is applied to the live doc
 * (whose `update` event relays it), acknowledged to `ack=1` senders (`MESSAGE_SAVED`) and published
 * to other instances only once it is stored, strictly in the order the batches were queued;
 * batches stored by the time the apply step runs are applied together (one relay message). A
 * batch that cannot be stored closes its senders with 4500 and is neither applied nor relayed.
 */
export class RoomWriter {
  private queue: PendingWrite[] = [];
  private flushScheduled = false;
  /** Batches handed to storage and not applied yet, in queue order. */
  private storing: StoringBatch[] = [];
  private applying = false;
  private readonly ackWaiting = new Set<Connection>();

  constructor(
    private readonly host: RoomWriterHost,
    private readonly ctx: RoomContext,
    private readonly history: RoomHistory,
  ) {
    history.onSettled = () => host.maybeIdle();
  }

  /** True while a write is queued, scheduled, being stored or applied, or a compaction runs. */
  get busy(): boolean {
    return (
      this.queue.length > 0 ||
      this.flushScheduled ||
      this.storing.length > 0 ||
      this.applying ||
      this.history.busy
    );
  }

  /** Forgets a closed connection (no acknowledgement is sent to it). */
  forget(conn: Connection): void {
    this.ackWaiting.delete(conn);
  }

  /**
   * Queues a write; it is stored with the others of this event-loop turn (of every room: see
   * `FlushScheduler`), then applied and relayed.
   */
  enqueue(write: PendingWrite): void {
    this.queue.push(write);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.ctx.flushes.schedule(() => {
      this.flushScheduled = false;
      this.startBatch();
    });
  }

  /** Resolves once every queued write has been handled. */
  async drain(): Promise<void> {
    while (this.busy) {
      if (this.storing[0]) await this.storing[0].settled;
      else if (this.history.busy) await this.history.settled();
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private startBatch(): void {
    const writes = this.queue.splice(0);
    if (writes.length === 0) return;
    const batch: StoringBatch = { writes, stored: null, settled: Promise.resolve() };
    batch.settled = this.store(writes).then((stored) => {
      batch.stored = stored;
      this.applyStored();
    });
    this.storing.push(batch);
  }

  /** Stores a batch (retried); false if it could not be stored (its senders are then closed). */
  private async store(batch: PendingWrite[]): Promise<boolean> {
    const { storage, metrics, log, settings } = this.ctx;
    const boardId = this.host.boardId;
    const started = performance.now();
    try {
      await persistWithRetry(
        () =>
          storage.appendUpdates(
            boardId,
            batch.map((w) => w.update),
          ),
        settings.persistRetryDelaysMs,
        (attempt, err) => {
          metrics.persistRetries.inc();
          log.warn({ boardId, attempt, err }, 'update write failed; retrying');
        },
      );
    } catch (err) {
      metrics.persistFailures.inc();
      log.error({ boardId, err, updates: batch.length }, 'updates NOT stored');
      for (const write of batch) {
        if (write.from) {
          this.host.closeConnection(write.from, CLOSE_CODES.STORAGE_FAILURE, 'storage failure');
        }
        write.done?.(err);
      }
      return false;
    }
    metrics.persistSeconds.observe((performance.now() - started) / 1000);
    return true;
  }

  /**
   * Applies the stored batches at the head of the line, in order (synchronously: nothing in an
   * apply waits), stopping at the first batch still being stored.
   */
  private applyStored(): void {
    if (this.applying) return; // re-entered from an apply: the running loop picks them up
    this.applying = true;
    try {
      while (this.storing[0] && this.storing[0].stored !== null) {
        const ready: PendingWrite[] = [];
        while (this.storing[0] && this.storing[0].stored !== null) {
          const batch = this.storing.shift() as StoringBatch;
          if (batch.stored) ready.push(...batch.writes);
        }
        if (ready.length > 0) this.applyBatch(ready);
      }
    } catch (err) {
      this.ctx.log.error({ boardId: this.host.boardId, err }, 'write loop failed');
    } finally {
      this.applying = false;
      this.host.maybeIdle();
    }
  }

  private applyBatch(batch: PendingWrite[]): void {
    const { metrics, log } = this.ctx;
    const boardId = this.host.boardId;
    const updates = batch.map((w) => w.update);
    // Stored: now (and only now) apply, relay, acknowledge and tell other instances.
    const doc = this.host.doc();
    this.history.beforeApply(doc);
    // One transaction for the batch: the doc's `update` event fires once, so the batch is relayed as
    // one message per connection (not one per update). Its origin is the sender when there is only
    // one (who is then skipped); a batch of several senders goes to everyone (a client that gets
    // its own update back applies nothing).
    const senders = new Set(batch.map((w) => w.from ?? SERVER_ORIGIN));
    const origin = senders.size === 1 ? [...senders][0] : SERVER_ORIGIN;
    const bad: Connection[] = [];
    try {
      this.applyWrites(doc, batch, origin, bad);
    } catch (err) {
      // Only the transaction's cleanup can get here (each apply is guarded); the writes are stored.
      log.error({ boardId, err }, 'stored batch could not be applied cleanly');
    }
    const relayedAt = performance.now();
    for (const write of batch) {
      if (write.receivedAt !== undefined) {
        metrics.relayDelaySeconds.observe((relayedAt - write.receivedAt) / 1000);
      }
    }
    for (const conn of bad) {
      this.host.closeConnection(conn, CLOSE_CODES.MALFORMED_MESSAGE, 'bad update');
    }
    for (const write of batch) {
      if (write.from?.ack && !write.from.closed) this.ackWaiting.add(write.from);
      write.done?.();
    }
    if (this.ackWaiting.size > 0) {
      const saved = encodeSavedMessage(Y.encodeStateVector(doc));
      for (const conn of this.ackWaiting) conn.send(saved);
      this.ackWaiting.clear();
    }
    if (this.ctx.bus.sharesRooms) {
      this.host.publish(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    }
    this.host.afterApply();
    // Compaction (on the storage's writer thread for SQLite) runs in the background.
    this.history.afterWrite(batch.length);
  }

  /** Applies stored writes in one transaction; collects senders whose update made Yjs throw. */
  private applyWrites(doc: Y.Doc, batch: PendingWrite[], origin: unknown, bad: Connection[]): void {
    doc.transact(() => {
      for (const write of batch) {
        try {
          Y.applyUpdate(doc, write.update, origin);
        } catch (err) {
          // Refused before storing when it throws on its own (see validateUpdate); this one only
          // throws against the board's content. Stored already: the load and compaction guards
          // quarantine the row, so the board stays loadable.
          this.ctx.log.error(
            { boardId: this.host.boardId, err },
            'stored update could not be applied',
          );
          if (write.from) bad.push(write.from);
        }
      }
    }, origin);
  }
}
