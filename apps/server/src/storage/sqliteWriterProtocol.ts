import type { RecordWrite } from './sqliteRecordWrites.js';
import type { AppendEntry, CompactionPlan } from './sqliteWrites.js';

/**
 * Data a SQLite thread is started with (`workerData`). The `writer` thread runs every write on its
 * own connection; the `compactor` thread only reads, to plan compactions (the expensive part) off
 * the writer, which then carries each plan out in one short transaction.
 */
export interface WriterThreadData {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
  role: 'writer' | 'compactor';
}

/** Requests from the main thread to a SQLite thread (handled one at a time, in order). */
export type WriterRequest =
  | { type: 'append'; id: number; entries: AppendEntry[]; now: string }
  | { type: 'record'; id: number; write: RecordWrite }
  | { type: 'compact-plan'; id: number; boardId: string }
  | { type: 'compact-apply'; id: number; plan: CompactionPlan; now: string }
  /** A passive WAL checkpoint (loop commits never checkpoint; see `LoopCommitter`). */
  | { type: 'checkpoint'; id: number }
  | { type: 'close'; id: number }
  /** Test hook: the thread exits at once, as if it crashed. */
  | { type: 'crash' };

/** A successful reply; which fields are set depends on the request. */
export interface WriterOk {
  id: number;
  ok: true;
  /** `append`: per entry, `null` = stored, else the error. */
  results?: (string | null)[];
  /** `append`: milliseconds the transaction took on the thread (its commit, fsync included). */
  commitMs?: number;
  /** `record`: rows the write changed. */
  changes?: number;
  /** `compact-plan`: the plan, or `null` if there is nothing to compact. */
  plan?: CompactionPlan | null;
  /** `compact-apply`: false if the board's rows changed under the plan (nothing done). */
  applied?: boolean;
}

/** Replies of a SQLite thread. */
export type WriterReply = { type: 'ready' } | WriterOk | { id: number; ok: false; error: string };
