import type { RecordWrite } from './sqliteRecordWrites.js';
import type { WriterThreadData } from './sqliteWriterProtocol.js';
import type { AppendEntry } from './sqliteWrites.js';
import { ThreadChannel } from './ThreadChannel.js';

interface QueuedAppend {
  entry: AppendEntry;
  resolve(): void;
  reject(err: Error): void;
}

/** What a group commit took (for metrics). */
export interface CommitTiming {
  /** Milliseconds the transaction took on the writer thread, its fsync included. */
  commitMs: number;
  /** Appends (board entries) the commit held. */
  entries: number;
}

/**
 * The main-thread side of SQLite's writer thread: a pipelined group commit. While a commit is in
 * flight, appends (of every board) queue; when it returns, everything queued goes to the thread as
 * the next commit (one transaction, one fsync). Each `append` resolves only once the commit that
 * holds it returned; entries of a group commit are written in arrival order, so the order of one
 * board's appends is kept. If the thread dies, every pending and later request fails (never dropped
 * silently) and `onExit` reports it.
 *
 * Compactions are planned (read, one apply of the board, merge — hundreds of milliseconds for a
 * large board) on a second, read-only thread started on first use, so they never hold up commits;
 * the writer then carries each plan out in one short transaction between commits.
 */
export class SqliteWriterThread {
  private readonly writer: ThreadChannel;
  private compactor: ThreadChannel | null = null;
  private queue: QueuedAppend[] = [];
  private committing = false;
  private closing: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];
  /** Number of group commits sent (for tests and metrics). */
  commits = 0;

  constructor(
    private readonly data: Omit<WriterThreadData, 'role'>,
    private readonly clock: () => Date,
    onExit: (err: Error | null) => void = () => undefined,
    private readonly onCommit: (timing: CommitTiming) => void = () => undefined,
  ) {
    this.writer = new ThreadChannel(
      { ...data, role: 'writer' },
      (err) => {
        for (const item of this.queue.splice(0))
          item.reject(this.writer.error ?? new Error('closed'));
        onExit(err);
        this.checkIdle();
      },
      () => this.checkIdle(),
    );
  }

  /** The error that stopped the writer thread, if it stopped (closed or crashed). */
  get error(): Error | null {
    return this.writer.error;
  }

  /** Stores `updates` of a board in the next group commit; resolves once that commit returned. */
  append(entry: AppendEntry): Promise<void> {
    const failure = this.writer.error;
    if (failure) return Promise.reject(failure);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.committing) this.commitQueued();
    });
  }

  /** Runs a record write (boards, versions, links, quarantine) on the writer thread. */
  async record(write: RecordWrite): Promise<number> {
    const reply = await this.writer.request((id) => ({ type: 'record', id, write }));
    return reply.changes ?? 0;
  }

  /**
   * Compacts a board's update log: planned on the compactor thread, carried out by the writer.
   * If rows of the plan went away meanwhile (nothing else deletes them, so only after a crash of
   * the other thread), nothing is changed and the next compaction starts over.
   */
  async compact(boardId: string, now: string): Promise<void> {
    if (this.writer.error) throw this.writer.error;
    this.compactor ??= new ThreadChannel({ ...this.data, role: 'compactor' }, () => {
      this.compactor = null; // a crashed planner is started again on the next compaction
    });
    const { plan } = await this.compactor.request((id) => ({ type: 'compact-plan', id, boardId }));
    if (!plan) return;
    await this.writer.request((id) => ({ type: 'compact-apply', id, plan, now }));
  }

  /** Test hook: makes the writer thread exit as if it crashed. */
  crashForTest(): void {
    this.writer.crashForTest();
  }

  /** Waits for queued and in-flight requests, then closes both threads and their connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.idle) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      await Promise.all([this.writer.close(), this.compactor?.close()]);
    })();
    return this.closing;
  }

  private get idle(): boolean {
    return (
      this.writer.error !== null ||
      (!this.committing && this.queue.length === 0 && this.writer.pending === 0)
    );
  }

  private checkIdle(): void {
    if (!this.idle) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private commitQueued(): void {
    const group = this.queue;
    if (group.length === 0 || this.writer.error) return;
    this.queue = [];
    this.committing = true;
    this.commits++;
    const settle = (results: (string | null)[] | undefined, err?: Error): void => {
      group.forEach((item, i) => {
        const failed = err ?? (results?.[i] ? new Error(results[i] ?? 'append failed') : null);
        if (failed) item.reject(failed);
        else item.resolve();
      });
      this.committing = false;
      this.commitQueued();
      this.checkIdle();
    };
    this.writer
      .request((id) => ({
        type: 'append',
        id,
        entries: group.map((item) => item.entry),
        now: this.clock().toISOString(),
      }))
      .then(
        (reply) => {
          if (reply.commitMs !== undefined) {
            this.onCommit({ commitMs: reply.commitMs, entries: group.length });
          }
          settle(reply.results);
        },
        (err: Error) => settle(undefined, err),
      );
  }
}
