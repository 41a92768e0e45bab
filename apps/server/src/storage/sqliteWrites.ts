import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SCHEMA_SQL } from './sqliteSchema.js';
import { splitApplicable } from './updateRows.js';

/**
 * The SQLite writes shared by the in-process path of {@link SqliteStorage} and its writer thread
 * (`sqliteWriterWorker.ts`): every function is synchronous and takes the connection it runs on.
 */

export interface UpdateRow {
  id: number;
  data: Buffer;
}

export const bytes = (b: Buffer): Uint8Array =>
  new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** True if `update` decodes as a Yjs update (v1). */
export function isDecodableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/** Opens (creating the schema if needed) a connection in WAL mode. */
export function openSqlite(file: string, synchronous: 'FULL' | 'NORMAL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  return db;
}

/** One board's updates in a group commit. */
export interface AppendEntry {
  boardId: string;
  updates: Uint8Array[];
}

/**
 * Appends the entries of a group commit in ONE transaction (one fsync), each entry in a savepoint
 * of its own: an entry that fails is rolled back alone and reported (its error message at its
 * index), the others commit. Throws (nothing committed) if the transaction itself fails.
 */
export function appendGroup(
  db: Database.Database,
  entries: readonly AppendEntry[],
  now: string,
): (string | null)[] {
  const stmt = db.prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)');
  const one = db.transaction((entry: AppendEntry) => {
    for (const u of entry.updates) {
      stmt.run(entry.boardId, Buffer.from(u.buffer, u.byteOffset, u.byteLength), now);
    }
  });
  return db.transaction(() =>
    entries.map((entry) => {
      try {
        one(entry); // nested: a savepoint
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    }),
  )();
}

/** Moves rows to the quarantine table (never deleted), in one transaction. */
export function quarantineRows(
  db: Database.Database,
  boardId: string,
  rows: readonly UpdateRow[],
  reason: string,
  now: string,
): void {
  const ins = db.prepare(
    'INSERT INTO quarantine (board_id, update_id, data, reason, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const del = db.prepare('DELETE FROM updates WHERE id = ?');
  db.transaction(() => {
    for (const row of rows) {
      ins.run(boardId, row.id, row.data, reason, now);
      del.run(row.id);
    }
  })();
}

/**
 * Replaces a board's update rows by one merged row, crash-safely (merged row first, then the
 * rows it replaced are deleted, one transaction). Undecodable rows and rows Yjs cannot apply are
 * quarantined, never merged. `onStep` is a test hook (throwing there simulates an interruption).
 */
export function compactBoard(
  db: Database.Database,
  boardId: string,
  now: string,
  onStep?: (step: 'merged-written') => void,
): void {
  db.transaction(() => {
    const rows = db
      .prepare('SELECT id, data FROM updates WHERE board_id = ? ORDER BY id')
      .all(boardId) as UpdateRow[];
    if (rows.length < 2) return;
    const decodable: UpdateRow[] = [];
    const bad: UpdateRow[] = [];
    for (const row of rows) (isDecodableUpdate(bytes(row.data)) ? decodable : bad).push(row);
    if (bad.length > 0) quarantineRows(db, boardId, bad, 'undecodable update (compaction)', now);
    // A row Yjs cannot apply is never merged: the merged row would carry the fault.
    const checked = splitApplicable(decodable.map((row) => ({ row, data: bytes(row.data) })));
    const unapplicable = checked.bad.map((c) => c.row);
    if (unapplicable.length > 0) {
      quarantineRows(db, boardId, unapplicable, 'update Yjs cannot apply (compaction)', now);
    }
    const good = checked.good.map((c) => c.row);
    if (good.length < 2) return;
    const merged = Y.mergeUpdates(good.map((r) => bytes(r.data)));
    // Step 1: the merged row is written first ...
    db.prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)').run(
      boardId,
      Buffer.from(merged),
      now,
    );
    onStep?.('merged-written');
    // Step 2: ... then the rows it replaced are deleted (same transaction).
    const del = db.prepare('DELETE FROM updates WHERE id = ?');
    for (const row of good) del.run(row.id);
  })();
}
