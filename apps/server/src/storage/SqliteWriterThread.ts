import { Worker } from 'node:worker_threads';
import type { WriterReply, WriterRequest, WriterThreadData } from './sqliteWriterProtocol.js';
import type { AppendEntry } from './sqliteWrites.js';

interface Waiter {
  resolve(results: (string | null)[] | undefined): void;
  reject(err: Error): void;
}
interface QueuedAppend {
  entry: AppendEntry;
  resolve(): void;
  reject(err: Error): void;
}

/**
 * Starts the writer thread: the compiled `.js` next to this module, or, when the server runs from
 * its TypeScript sources (`tsx src/server.ts`, vitest), the `.ts` file loaded through tsx's
 * `tsImport` in `sqliteWriterBootstrap.mjs` (a worker does not inherit tsx's loader, and
 * `--import tsx` in `execArgv` does not register it in a worker on Node 20).
 */
function startWorker(data: WriterThreadData): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./sqliteWriterWorker.js', import.meta.url), { workerData: data });
  }
  return new Worker(new URL('./sqliteWriterBootstrap.mjs', import.meta.url), { workerData: data });
}

/**
 * The main-thread side of the SQLite writer thread: a pipelined group commit. While a commit is in
 * flight, appends (of every board) queue; when it returns, everything queued goes to the thread as
 * the next commit (one transaction, one fsync). Each `append` resolves only once the commit that
 * holds it returned; entries of a group commit are written in arrival order, so the order of one
 * board's appends is kept. If the thread dies, every pending and later request fails (never dropped
 * silently) and `onExit` reports it.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly waiters = new Map<number, Waiter>();
  private queue: QueuedAppend[] = [];
  private committing = false;
  private nextId = 1;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private readonly exited: Promise<void>;
  private idleWaiters: (() => void)[] = [];
  /** Number of group commits sent (for tests and metrics). */
  commits = 0;

  constructor(
    data: WriterThreadData,
    private readonly clock: () => Date,
    private readonly onExit: (err: Error | null) => void = () => undefined,
  ) {
    this.worker = startWorker(data);
    this.worker.on('message', (message: WriterReply) => this.onReply(message));
    let crash: Error | null = null;
    this.worker.on('error', (err: Error) => {
      crash = err;
    });
    this.exited = new Promise((resolve) => {
      this.worker.on('exit', (code: number) => {
        const closed = this.closing !== null && code === 0 && crash === null;
        const err = closed
          ? new Error('SQLite writer thread closed')
          : new Error(`SQLite writer thread exited (code ${code})`, { cause: crash ?? undefined });
        this.fail(err);
        this.onExit(closed ? null : err);
        resolve();
      });
    });
  }

  /** The error that stopped the thread, if it stopped (closed or crashed). */
  get error(): Error | null {
    return this.failure;
  }

  /** Stores `updates` of a board in the next group commit; resolves once that commit returned. */
  append(entry: AppendEntry): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.committing) this.commitQueued();
    });
  }

  /** Compacts a board's update log on the thread. */
  async compact(boardId: string, now: string): Promise<void> {
    await this.request((id) => ({ type: 'compact', id, boardId, now }));
  }

  /** Test hook: makes the thread exit as if it crashed. */
  crashForTest(): void {
    this.worker.postMessage({ type: 'crash' } satisfies WriterRequest);
  }

  /** Waits for queued and in-flight requests, then closes the thread's connection and the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.idle) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      if (!this.failure) await this.request((id) => ({ type: 'close', id })).catch(() => undefined);
      await this.exited;
    })();
    return this.closing;
  }

  private get idle(): boolean {
    return (
      this.failure !== null ||
      (!this.committing && this.queue.length === 0 && this.waiters.size === 0)
    );
  }

  private checkIdle(): void {
    if (!this.idle) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private commitQueued(): void {
    const group = this.queue;
    if (group.length === 0 || this.failure) return;
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
    this.request((id) => ({
      type: 'append',
      id,
      entries: group.map((item) => item.entry),
      now: this.clock().toISOString(),
    })).then(
      (results) => settle(results),
      (err: Error) => settle(undefined, err),
    );
  }

  private request(make: (id: number) => WriterRequest): Promise<(string | null)[] | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
      this.worker.postMessage(make(id));
    });
  }

  private onReply(message: WriterReply): void {
    if ('type' in message) return; // 'ready'
    const waiter = this.waiters.get(message.id);
    if (!waiter) return;
    this.waiters.delete(message.id);
    if (message.ok) waiter.resolve(message.results);
    else waiter.reject(new Error(message.error));
    // After the awaiting code ran (an append's settle may queue the next commit first).
    queueMicrotask(() => this.checkIdle());
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const waiter of this.waiters.values()) waiter.reject(err);
    this.waiters.clear();
    for (const item of this.queue.splice(0)) item.reject(err);
    this.checkIdle();
  }
}
