import { Worker } from 'node:worker_threads';
import type {
  WriterOk,
  WriterReply,
  WriterRequest,
  WriterThreadData,
} from './sqliteWriterProtocol.js';

interface Waiter {
  resolve(reply: WriterOk): void;
  reject(err: Error): void;
}

/**
 * Starts a SQLite thread: the compiled `.js` next to this module, or, when the server runs from
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
 * Request/reply over one SQLite thread (`sqliteWriterWorker.ts`): each request resolves with the
 * thread's reply to it. If the thread dies, every pending and later request fails (never dropped
 * silently) and `onExit` reports it (`null` after `close()`).
 */
export class ThreadChannel {
  private readonly worker: Worker;
  private readonly waiters = new Map<number, Waiter>();
  private nextId = 1;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private readonly exited: Promise<void>;

  constructor(
    data: WriterThreadData,
    onExit: (err: Error | null) => void,
    /** Called after each reply was handled (the owner may have become idle). */
    private readonly onSettled: () => void = () => undefined,
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
          ? new Error(`SQLite ${data.role} thread closed`)
          : new Error(`SQLite ${data.role} thread exited (code ${code})`, {
              cause: crash ?? undefined,
            });
        this.fail(err);
        onExit(closed ? null : err);
        resolve();
      });
    });
  }

  /** The error that stopped the thread, if it stopped (closed or crashed). */
  get error(): Error | null {
    return this.failure;
  }

  /** Requests sent and not answered yet. */
  get pending(): number {
    return this.waiters.size;
  }

  /** Sends a request; resolves with its reply (rejects with the thread's error message). */
  request(make: (id: number) => Exclude<WriterRequest, { type: 'crash' }>): Promise<WriterOk> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
      this.worker.postMessage(make(id));
    });
  }

  /** Test hook: makes the thread exit as if it crashed. */
  crashForTest(): void {
    this.worker.postMessage({ type: 'crash' } satisfies WriterRequest);
  }

  /** Closes the thread's connection and the thread (after the requests already sent). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.failure) await this.request((id) => ({ type: 'close', id })).catch(() => undefined);
      await this.exited;
    })();
    return this.closing;
  }

  private onReply(message: WriterReply): void {
    if ('type' in message) return; // 'ready'
    const waiter = this.waiters.get(message.id);
    if (!waiter) return;
    this.waiters.delete(message.id);
    if (message.ok) waiter.resolve(message);
    else waiter.reject(new Error(message.error));
    // After the awaiting code ran (an append's settle may queue the next commit first).
    queueMicrotask(this.onSettled);
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const waiter of this.waiters.values()) waiter.reject(err);
    this.waiters.clear();
    this.onSettled();
  }
}
