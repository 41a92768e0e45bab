import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type {
  BoardRecord,
  LinkRecord,
  LoadedUpdates,
  ShareRole,
  Storage,
  VersionRecord,
} from './Storage.js';
import { SqliteWriterThread, type CommitTiming } from './SqliteWriterThread.js';
import {
  appendGroup,
  bytes,
  compactBoard,
  isDecodableUpdate,
  openSqlite,
  type UpdateRow,
} from './sqliteWrites.js';
import { runRecordWrite, type RecordWrite } from './sqliteRecordWrites.js';
import {
  toBoard,
  toLink,
  toVersion,
  type BoardRow,
  type LinkRow,
  type VersionRow,
} from './storedRows.js';

export { isDecodableUpdate } from './sqliteWrites.js';

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Directory of the database file (created if missing). */
  dataDir: string;
  /** File name inside `dataDir`; default `isf-board.sqlite`. */
  fileName?: string;
  /** `FULL` (default): a commit is fsync'd, it survives power loss. `NORMAL`: survives process crashes. */
  synchronous?: 'FULL' | 'NORMAL';
  /** Clock for quarantine timestamps. */
  clock?: () => Date;
  /**
   * Test hook: called inside the compaction transaction after the merged row was inserted and
   * before the replaced rows are deleted. Throwing here simulates an interruption at that point.
   */
  onCompactStep?: (step: 'merged-written') => void;
  /**
   * Where update appends and compactions run. `'worker'` (what the app uses): on a writer thread
   * with its own connection, as pipelined group commits, so an fsync never blocks the event loop.
   * `'inline'` (default, tests): synchronously on this thread's connection.
   */
  writer?: 'inline' | 'worker';
  /** Called if the writer thread stops other than by `close()` (its pending writes failed). */
  onWriterExit?: (err: Error) => void;
  /** Called after each group commit, with what it took and where it ran (metrics). */
  onCommit?: (timing: CommitTiming) => void;
  /**
   * With `writer: 'worker'`: group commits run on the event loop while commits average at most
   * this many milliseconds and the writer thread is idle — faster than a round trip to the thread
   * on a fast disk (see `LoopCommitter`); 0 (default): always on the writer thread.
   */
  loopCommitMaxMs?: number;
}
/**
 * The embedded default {@link Storage}: one SQLite file under `DATA_DIR`, WAL journal,
 * `synchronous=FULL` by default so that a resolved write survives power loss.
 * better-sqlite3 is synchronous; every method resolves after its statement committed. With
 * `writer: 'worker'` update appends and compactions run on a writer thread instead (see
 * {@link SqliteWriterThread}); everything else stays on this thread's connection (WAL: reads see
 * every commit of the other connection).
 */
export class SqliteStorage implements Storage {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly onCompactStep: SqliteStorageOptions['onCompactStep'];
  private readonly synchronous: 'FULL' | 'NORMAL';
  private readonly thread: SqliteWriterThread | null;

  constructor(options: SqliteStorageOptions) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    this.file = path.join(options.dataDir, options.fileName ?? 'isf-board.sqlite');
    this.clock = options.clock ?? (() => new Date());
    this.onCompactStep = options.onCompactStep;
    this.synchronous = options.synchronous ?? 'FULL';
    this.db = openSqlite(this.file, this.synchronous);
    const onWriterExit = options.onWriterExit;
    this.thread =
      options.writer === 'worker'
        ? new SqliteWriterThread(
            { file: this.file, synchronous: this.synchronous },
            {
              clock: this.clock,
              onExit: (err) => {
                if (err) onWriterExit?.(err);
              },
              onCommit: options.onCommit,
              loopCommitMaxMs: options.loopCommitMaxMs,
            },
          )
        : null;
    // With a writer thread this connection only reads: SQLite itself refuses a write here.
    if (this.thread) this.db.pragma('query_only = ON');
  }

  /** The writer thread (`writer: 'worker'`), for tests and diagnostics. */
  get writerThread(): SqliteWriterThread | null {
    return this.thread;
  }

  async createBoard(board: BoardRecord, initialUpdate: Uint8Array, ownerLink: LinkRecord) {
    await this.record({ op: 'createBoard', board, initialUpdate, ownerLink });
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const row = this.db.prepare('SELECT * FROM boards WHERE id = ?').get(boardId) as
      BoardRow | undefined;
    return row ? toBoard(row) : null;
  }

  async listBoards(boardIds: string[]): Promise<BoardRecord[]> {
    const ids = [...new Set(boardIds)];
    if (ids.length === 0) return [];
    const rows: BoardRow[] = [];
    // Chunks stay below SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const sql = `SELECT * FROM boards WHERE id IN (${chunk.map(() => '?').join(',')})`;
      rows.push(...(this.db.prepare(sql).all(...chunk) as BoardRow[]));
    }
    rows.sort((a, b) =>
      a.updated_at === b.updated_at
        ? a.id.localeCompare(b.id)
        : a.updated_at < b.updated_at
          ? 1
          : -1,
    );
    return rows.map(toBoard);
  }

  async renameBoard(boardId: string, title: string, updatedAt: string) {
    await this.record({ op: 'renameBoard', boardId, title, updatedAt });
  }

  async touchBoard(boardId: string, updatedAt: string, title?: string) {
    await this.record({ op: 'touchBoard', boardId, updatedAt, title: title ?? null });
  }

  async deleteBoard(boardId: string) {
    await this.record({ op: 'deleteBoard', boardId });
  }

  async loadUpdates(boardId: string): Promise<LoadedUpdates> {
    const rows = this.db
      .prepare('SELECT id, data FROM updates WHERE board_id = ? ORDER BY id')
      .all(boardId) as UpdateRow[];
    const updates: Uint8Array[] = [];
    const ids: number[] = [];
    const bad: UpdateRow[] = [];
    for (const row of rows) {
      const data = bytes(row.data);
      if (isDecodableUpdate(data)) {
        updates.push(data);
        ids.push(row.id);
      } else bad.push(row);
    }
    if (bad.length > 0)
      await this.quarantine(
        boardId,
        bad.map((r) => r.id),
        'undecodable update',
      );
    return { updates, ids, quarantined: bad.map((r) => r.id) };
  }

  async appendUpdates(boardId: string, updates: Uint8Array[]) {
    if (updates.length === 0) return;
    if (this.thread) return this.thread.append({ boardId, updates });
    const [error] = appendGroup(this.db, [{ boardId, updates }], this.clock().toISOString());
    if (error) throw new Error(error);
  }

  async compact(boardId: string) {
    if (this.thread) return this.thread.compact(boardId, this.clock().toISOString());
    compactBoard(this.db, boardId, this.clock().toISOString(), this.onCompactStep);
  }

  async quarantineUpdates(boardId: string, ids: number[], reason: string) {
    if (ids.length === 0) return;
    await this.quarantine(boardId, ids, reason);
  }

  async countUpdates(boardId: string): Promise<number> {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?')
      .get(boardId) as { n: number };
    return row.n;
  }

  /** Quarantined rows of a board (for operators and tests). */
  async listQuarantine(
    boardId: string,
  ): Promise<{ updateId: number; reason: string; data: Uint8Array }[]> {
    const rows = this.db
      .prepare('SELECT update_id, reason, data FROM quarantine WHERE board_id = ? ORDER BY id')
      .all(boardId) as { update_id: number; reason: string; data: Buffer }[];
    return rows.map((r) => ({ updateId: r.update_id, reason: r.reason, data: bytes(r.data) }));
  }

  async createVersion(version: VersionRecord, state: Uint8Array) {
    await this.record({ op: 'createVersion', version, state });
  }

  async listVersions(boardId: string): Promise<VersionRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT id, board_id, label, note, author, kind, created_at FROM versions
         WHERE board_id = ? ORDER BY created_at, rowid`,
      )
      .all(boardId) as VersionRow[];
    return rows.map(toVersion);
  }

  async getVersion(boardId: string, versionId: string) {
    const row = this.db
      .prepare('SELECT * FROM versions WHERE board_id = ? AND id = ?')
      .get(boardId, versionId) as (VersionRow & { state: Buffer }) | undefined;
    return row ? { version: toVersion(row), state: bytes(row.state) } : null;
  }

  async createLink(link: LinkRecord) {
    await this.record({ op: 'createLink', link });
  }

  async listLinks(boardId: string): Promise<LinkRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM links WHERE board_id = ? ORDER BY created_at, rowid')
      .all(boardId) as LinkRow[];
    return rows.map(toLink);
  }

  async findLinkByTokenHash(tokenHash: string): Promise<LinkRecord | null> {
    const row = this.db.prepare('SELECT * FROM links WHERE token_hash = ?').get(tokenHash) as
      LinkRow | undefined;
    return row ? toLink(row) : null;
  }

  async revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<boolean> {
    return (await this.record({ op: 'revokeLink', boardId, linkId, revokedAt })) > 0;
  }

  async updateLinkRole(boardId: string, linkId: string, role: ShareRole): Promise<boolean> {
    return (await this.record({ op: 'updateLinkRole', boardId, linkId, role })) > 0;
  }

  async ping() {
    if (this.thread?.error) throw this.thread.error;
    this.db.prepare('SELECT 1').get();
  }

  /** Waits for the writer thread's queued and in-flight commits, then closes both connections. */
  async close() {
    await this.thread?.close();
    if (this.db.open) this.db.close();
  }

  /**
   * Runs a record write: on the writer thread when there is one (this thread then never waits for
   * an fsync or for the write lock), else on this thread's connection.
   */
  private async record(write: RecordWrite): Promise<number> {
    if (this.thread) return this.thread.record(write);
    return runRecordWrite(this.db, write);
  }

  private quarantine(boardId: string, ids: number[], reason: string): Promise<number> {
    return this.record({ op: 'quarantine', boardId, ids, reason, now: this.clock().toISOString() });
  }
}
