import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import type {
  BoardRecord,
  LinkRecord,
  LoadedUpdates,
  ShareRole,
  Storage,
  VersionKind,
  VersionRecord,
} from './Storage.js';
import { SCHEMA_SQL } from './sqliteSchema.js';
import { splitApplicable } from './updateRows.js';

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
}

interface UpdateRow {
  id: number;
  data: Buffer;
}
interface BoardRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}
interface VersionRow {
  id: string;
  board_id: string;
  label: string;
  note: string;
  author: string;
  kind: string;
  created_at: string;
}
interface LinkRow {
  id: string;
  board_id: string;
  role: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

const toBoard = (r: BoardRow): BoardRecord => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toVersion = (r: VersionRow): VersionRecord => ({
  id: r.id,
  boardId: r.board_id,
  label: r.label,
  note: r.note,
  author: r.author,
  kind: r.kind as VersionKind,
  createdAt: r.created_at,
});
const toLink = (r: LinkRow): LinkRecord => ({
  id: r.id,
  boardId: r.board_id,
  role: r.role as LinkRecord['role'],
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** True if `update` decodes as a Yjs update (v1). */
export function isDecodableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * The embedded default {@link Storage}: one SQLite file under `DATA_DIR`, WAL journal,
 * `synchronous=FULL` by default so that a resolved write survives power loss.
 * better-sqlite3 is synchronous; every method resolves after its statement committed.
 */
export class SqliteStorage implements Storage {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly onCompactStep: SqliteStorageOptions['onCompactStep'];
  private readonly appendStmt: Database.Statement;

  constructor(options: SqliteStorageOptions) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    this.file = path.join(options.dataDir, options.fileName ?? 'isf-board.sqlite');
    this.clock = options.clock ?? (() => new Date());
    this.onCompactStep = options.onCompactStep;
    this.db = new Database(this.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA_SQL);
    this.appendStmt = this.db.prepare(
      'INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)',
    );
  }

  async createBoard(board: BoardRecord, initialUpdate: Uint8Array, ownerLink: LinkRecord) {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO boards (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(board.id, board.title, board.createdAt, board.updatedAt);
      this.db
        .prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)')
        .run(board.id, Buffer.from(initialUpdate), board.createdAt);
      this.insertLink(ownerLink);
    })();
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
    this.db
      .prepare('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?')
      .run(title, updatedAt, boardId);
  }

  async touchBoard(boardId: string, updatedAt: string, title?: string) {
    // ISO timestamps compare as text: MAX never moves updated_at backward.
    this.db
      .prepare(
        'UPDATE boards SET updated_at = MAX(updated_at, ?), title = COALESCE(?, title) WHERE id = ?',
      )
      .run(updatedAt, title ?? null, boardId);
  }

  async deleteBoard(boardId: string) {
    this.db.transaction(() => {
      for (const table of ['updates', 'quarantine', 'versions', 'links']) {
        this.db.prepare(`DELETE FROM ${table} WHERE board_id = ?`).run(boardId);
      }
      this.db.prepare('DELETE FROM boards WHERE id = ?').run(boardId);
    })();
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
    if (bad.length > 0) this.quarantine(boardId, bad, 'undecodable update');
    return { updates, ids, quarantined: bad.map((r) => r.id) };
  }

  async appendUpdates(boardId: string, updates: Uint8Array[]) {
    if (updates.length === 0) return;
    const now = this.clock().toISOString();
    const stmt = this.appendStmt;
    this.db.transaction(() => {
      for (const u of updates)
        stmt.run(boardId, Buffer.from(u.buffer, u.byteOffset, u.byteLength), now);
    })();
  }

  async compact(boardId: string) {
    this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT id, data FROM updates WHERE board_id = ? ORDER BY id')
        .all(boardId) as UpdateRow[];
      if (rows.length < 2) return;
      const decodable: UpdateRow[] = [];
      const bad: UpdateRow[] = [];
      for (const row of rows) (isDecodableUpdate(bytes(row.data)) ? decodable : bad).push(row);
      if (bad.length > 0) this.quarantine(boardId, bad, 'undecodable update (compaction)');
      // A row Yjs cannot apply is never merged: the merged row would carry the fault.
      const checked = splitApplicable(decodable.map((row) => ({ row, data: bytes(row.data) })));
      const unapplicable = checked.bad.map((c) => c.row);
      if (unapplicable.length > 0) {
        this.quarantine(boardId, unapplicable, 'update Yjs cannot apply (compaction)');
      }
      const good = checked.good.map((c) => c.row);
      if (good.length < 2) return;
      const merged = Y.mergeUpdates(good.map((r) => bytes(r.data)));
      // Step 1: the merged row is written first ...
      this.db
        .prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)')
        .run(boardId, Buffer.from(merged), this.clock().toISOString());
      this.onCompactStep?.('merged-written');
      // Step 2: ... then the rows it replaced are deleted (same transaction).
      const del = this.db.prepare('DELETE FROM updates WHERE id = ?');
      for (const row of good) del.run(row.id);
    })();
  }

  async quarantineUpdates(boardId: string, ids: number[], reason: string) {
    if (ids.length === 0) return;
    const select = this.db.prepare('SELECT id, data FROM updates WHERE board_id = ? AND id = ?');
    const rows: UpdateRow[] = [];
    for (const id of ids) {
      const row = select.get(boardId, id) as UpdateRow | undefined;
      if (row) rows.push(row);
    }
    this.quarantine(boardId, rows, reason);
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
    this.db
      .prepare(
        `INSERT INTO versions (id, board_id, label, note, author, kind, created_at, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        version.id,
        version.boardId,
        version.label,
        version.note,
        version.author,
        version.kind,
        version.createdAt,
        Buffer.from(state),
      );
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
    this.insertLink(link);
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
    const res = this.db
      .prepare(
        'UPDATE links SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL',
      )
      .run(revokedAt, boardId, linkId);
    return res.changes > 0;
  }

  async updateLinkRole(boardId: string, linkId: string, role: ShareRole): Promise<boolean> {
    const res = this.db
      .prepare(
        `UPDATE links SET role = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL
         AND role <> 'owner'`,
      )
      .run(role, boardId, linkId);
    return res.changes > 0;
  }

  async ping() {
    this.db.prepare('SELECT 1').get();
  }

  async close() {
    if (this.db.open) this.db.close();
  }

  private insertLink(link: LinkRecord) {
    this.db
      .prepare(
        `INSERT INTO links (id, board_id, role, token_hash, created_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(link.id, link.boardId, link.role, link.tokenHash, link.createdAt, link.revokedAt);
  }

  private quarantine(boardId: string, rows: UpdateRow[], reason: string) {
    const now = this.clock().toISOString();
    const ins = this.db.prepare(
      'INSERT INTO quarantine (board_id, update_id, data, reason, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    const del = this.db.prepare('DELETE FROM updates WHERE id = ?');
    this.db.transaction(() => {
      for (const row of rows) {
        ins.run(boardId, row.id, row.data, reason, now);
        del.run(row.id);
      }
    })();
  }
}
