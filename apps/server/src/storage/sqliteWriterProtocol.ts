import type { AppendEntry } from './sqliteWrites.js';

/** Data the writer thread is started with (`workerData`). */
export interface WriterThreadData {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
}

/** Requests from the main thread to the writer thread (handled one at a time, in order). */
export type WriterRequest =
  | { type: 'append'; id: number; entries: AppendEntry[]; now: string }
  | { type: 'compact'; id: number; boardId: string; now: string }
  | { type: 'close'; id: number }
  /** Test hook: the thread exits at once, as if it crashed. */
  | { type: 'crash' };

/** Replies of the writer thread: `results` per append entry (`null` = stored, else the error). */
export type WriterReply =
  | { type: 'ready' }
  | { id: number; ok: true; results?: (string | null)[] }
  | { id: number; ok: false; error: string };
