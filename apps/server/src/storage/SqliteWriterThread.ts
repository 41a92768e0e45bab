import { LoopCommitter } from './LoopCommitter.js';
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
  /** Milliseconds the transaction took, its fsync included. */
  commitMs: number;
  /** Appends (board entries) the commit held. */
  entries: number;
  /** Where it ran: on the event loop ({@link LoopCommitter}) or on the writer thread. */
  where: 'loop' | 'thread';
}

/** Options of {@link SqliteWriterThread} beyond the thread data. */
export interface SqliteWriterOptions {
  clock: () => Date;
  /** Called if the writer thread stops (`null` after `close()`). */
  onExit?: (err: Error | null) => void;
  /** Called after each group commit, with what it took (metrics). */
  onCommit?: (timing: CommitTiming) => void;
  /**
   * Group commits run on the event loop while commits average at most this many milliseconds and
   * the writer thread is idle (see {@link LoopCommitter}); 0: always on the writer thread.
   */
  loopCommitMaxMs?: number;
  /** Loop commits between WAL checkpoints (run on the writer thread); default 250. */
  checkpointEvery?: number;
}

/**
 * The main-thread side of SQLite's writer thread: a pipelined group commit. Appends (of every
 * board) issued in the same task share one commit (one transaction, one fsync); while a commit is
 * in flight, appends queue and everything queued goes as the next commit when it returns. Each
 * `append` resolves only once the commit that holds it returned; entries of a group commit are
 * written in arrival order and groups one after another, so the order of one board's appends is
 * kept. A group is committed on the event loop when that is faster and safe ({@link LoopCommitter}:
 * fast disk, writer thread idle), else on the writer thread; a loop commit that fails as a whole
 * is retried there. If the thread dies, every pending and later request fails (never dropped
 * silently) and `onExit` reports it.
 *
 * Compactions are planned (read, one apply of the board, merge — hundreds of milliseconds for a
 * large board) on a second, read-only thread started on first use, so they never hold up commits;
 * the writer then carries each plan out in one short transaction between commits.
 */
export class SqliteWriterThread {
  private readonly writer: ThreadChannel;
  private compactor: ThreadChannel | null = null;
  private readonly loop: LoopCommitter | null;
  private queue: QueuedAppend[] = [];
  private committing = false;
  /** A group commit is scheduled for the end of the current task. */
  private scheduled = false;
  /** A WAL checkpoint is running on the writer thread (it does not hold the write lock). */
  private checkpointing = false;
  private closing: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];
  /** Number of group commits made, on the loop or the thread (for tests and metrics). */
  commits = 0;
  /** Loop commits that failed as a whole and were handed to the writer thread. */
  loopFallbacks = 0;
  /** WAL checkpoints asked of the writer thread. */
  checkpoints = 0;
  private readonly clock: () => Date;
  private readonly onCommit: (timing: CommitTiming) => void;

  constructor(
    private readonly data: Omit<WriterThreadData, 'role'>,
    options: SqliteWriterOptions,
  ) {
    this.clock = options.clock;
    this.onCommit = options.onCommit ?? (() => undefined);
    const onExit = options.onExit ?? (() => undefined);
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
    const maxMs = options.loopCommitMaxMs ?? 0;
    this.loop =
      maxMs > 0
        ? new LoopCommitter({
            file: data.file,
            synchronous: data.synchronous,
            maxCommitMs: maxMs,
            checkpointEvery: options.checkpointEvery,
          })
        : null;
  }

  /** Commits made on the event loop (0 when loop commits are off). */
  get loopCommits(): number {
    return this.loop?.commits ?? 0;
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
      if (this.committing || this.scheduled) return;
      // At the end of this task: appends of every room flushed in it share the commit.
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        if (!this.committing) this.commitQueued();
      });
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
      this.loop?.close();
    })();
    return this.closing;
  }

  private get idle(): boolean {
    return (
      this.writer.error !== null ||
      (!this.committing && !this.scheduled && this.queue.length === 0 && this.writer.pending === 0)
    );
  }

  private checkIdle(): void {
    if (!this.idle) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /**
   * True when a group may be committed on the event loop: loop commits on, the disk fast, and no
   * request on the writer thread but a checkpoint (so no other connection holds the write lock;
   * the compactor only reads, and a checkpoint never blocks a writer in WAL mode).
   */
  private get loopMayCommit(): boolean {
    return (
      this.loop !== null && this.loop.fast && this.writer.pending === (this.checkpointing ? 1 : 0)
    );
  }

  private commitQueued(): void {
    const group = this.queue;
    if (group.length === 0 || this.writer.error) return;
    this.queue = [];
    this.commits++;
    const settle = (results: (string | null)[] | undefined, err?: Error): void => {
      group.forEach((item, i) => {
        const failed = err ?? (results?.[i] ? new Error(results[i] ?? 'append failed') : null);
        if (failed) item.reject(failed);
        else item.resolve();
      });
    };
    if (this.loopMayCommit && this.commitOnLoop(group, settle)) {
      this.checkIdle();
      return;
    }
    this.committing = true;
    const settleAndGoOn = (results: (string | null)[] | undefined, err?: Error): void => {
      settle(results, err);
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
            this.loop?.observe(reply.commitMs);
            this.onCommit({ commitMs: reply.commitMs, entries: group.length, where: 'thread' });
          }
          settleAndGoOn(reply.results);
        },
        (err: Error) => settleAndGoOn(undefined, err),
      );
  }

  /**
   * Commits a group on the event loop; false if the transaction failed as a whole (nothing
   * committed: the caller hands the group to the writer thread, which reports a lasting error).
   */
  private commitOnLoop(
    group: QueuedAppend[],
    settle: (results: (string | null)[]) => void,
  ): boolean {
    const loop = this.loop as LoopCommitter;
    let outcome: { results: (string | null)[]; ms: number };
    try {
      outcome = loop.commit(
        group.map((item) => item.entry),
        this.clock().toISOString(),
      );
    } catch {
      this.loopFallbacks++;
      return false;
    }
    this.onCommit({ commitMs: outcome.ms, entries: group.length, where: 'loop' });
    settle(outcome.results);
    if (loop.checkpointDue()) this.checkpoint();
    return true;
  }

  /** Checkpoints the WAL on the writer thread (loop commits never do), one at a time. */
  private checkpoint(): void {
    if (this.checkpointing || this.writer.error) return;
    this.checkpointing = true;
    this.checkpoints++;
    this.writer
      .request((id) => ({ type: 'checkpoint', id }))
      .catch(() => undefined) // the writer's own commits checkpoint too; the next period retries
      .finally(() => {
        this.checkpointing = false;
      });
  }
}
