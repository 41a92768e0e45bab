import type Database from 'better-sqlite3';
import { appendGroup, openSqlite, type AppendEntry } from './sqliteWrites.js';

/** Options of {@link LoopCommitter}. */
export interface LoopCommitOptions {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
  /**
   * Commit on the event loop only while commits take at most this many milliseconds on average
   * (an exponential moving average over loop and writer-thread commits alike).
   */
  maxCommitMs: number;
  /** A WAL checkpoint is due after this many loop commits (this connection never checkpoints). */
  checkpointEvery?: number;
}

/** Weight of the newest commit in the moving average. */
const AVERAGE_WEIGHT = 0.1;

/**
 * Group commits on the event loop, for {@link SqliteWriterThread}: with a fast disk a durable
 * commit (fsync included) takes a fraction of a millisecond, less than handing it to the writer
 * thread and back — two thread wake-ups, each of which can wait for a core on a busy machine. The
 * owner commits here only while the writer thread holds no request (so no other connection of this
 * process holds SQLite's write lock) and while the disk is fast ({@link fast}); otherwise on the
 * writer thread, which keeps a slow disk's fsync off the event loop.
 *
 * The connection never waits for a lock (`busy_timeout = 0`: a commit that finds the lock taken
 * throws at once and commits nothing; the owner hands the group to the writer thread) and never
 * checkpoints the WAL (a checkpoint copies and fsyncs pages for milliseconds): the owner asks the
 * writer thread for one when {@link checkpointDue}.
 */
export class LoopCommitter {
  /** Loop commits since the last checkpoint was asked for. */
  private sinceCheckpoint = 0;
  private averageMs = 0;
  private observed = false;
  private readonly db: Database.Database;
  private readonly checkpointEvery: number;
  /** Number of commits made on the event loop (for tests and metrics). */
  commits = 0;

  constructor(private readonly options: LoopCommitOptions) {
    this.db = openSqlite(options.file, options.synchronous);
    this.db.pragma('busy_timeout = 0');
    this.db.pragma('wal_autocheckpoint = 0');
    this.checkpointEvery = options.checkpointEvery ?? 250;
  }

  /** True while commits have been fast enough to make on the event loop. */
  get fast(): boolean {
    return this.averageMs <= this.options.maxCommitMs;
  }

  /** The moving average of commit durations, in milliseconds. */
  get averageCommitMs(): number {
    return this.averageMs;
  }

  /** Counts a commit's duration, wherever it was made. */
  observe(commitMs: number): void {
    this.averageMs = this.observed
      ? this.averageMs + AVERAGE_WEIGHT * (commitMs - this.averageMs)
      : commitMs;
    this.observed = true;
  }

  /**
   * Commits a group in one transaction (see `appendGroup`): per entry `null` = stored, else its
   * error. Throws, having committed nothing, if the transaction failed as a whole (the write lock
   * taken, a disk error).
   */
  commit(entries: readonly AppendEntry[], now: string): { results: (string | null)[]; ms: number } {
    const started = performance.now();
    const results = appendGroup(this.db, entries, now);
    const ms = performance.now() - started;
    this.commits += 1;
    this.sinceCheckpoint += 1;
    this.observe(ms);
    return { results, ms };
  }

  /** True (once per period) when the WAL should be checkpointed; the caller then asks for one. */
  checkpointDue(): boolean {
    if (this.sinceCheckpoint < this.checkpointEvery) return false;
    this.sinceCheckpoint = 0;
    return true;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
