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
 * index), the others commit. Throws (nothing committed) if the transaction itself fails, e.g. when
 * the write lock cannot be taken.
 */
export function appendGroup(
  db: Database.Database,
  entries: readonly AppendEntry[],
  now: string,
): (string | null)[] {
  // BEGIN IMMEDIATE: the write lock is taken (or refused, throwing) before any entry runs, so a
  // busy database fails the group as a whole instead of failing each entry.
  return appendStatements(db).group.immediate(entries, now);
}

/** The prepared statement and transaction wrappers of {@link appendGroup}, per connection. */
interface AppendStatements {
  group: Database.Transaction<(entries: readonly AppendEntry[], now: string) => (string | null)[]>;
}

const appendCache = new WeakMap<Database.Database, AppendStatements>();

/** Prepares {@link appendGroup}'s statement once per connection (it runs on every commit). */
function appendStatements(db: Database.Database): AppendStatements {
  const cached = appendCache.get(db);
  if (cached) return cached;
  const insert = db.prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)');
  const one = db.transaction((entry: AppendEntry, now: string) => {
    for (const u of entry.updates) {
      insert.run(entry.boardId, Buffer.from(u.buffer, u.byteOffset, u.byteLength), now);
    }
  });
  const group = db.transaction((entries: readonly AppendEntry[], now: string) =>
    entries.map((entry) => {
      try {
        one(entry, now); // nested: a savepoint
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    }),
  );
  const statements = { group };
  appendCache.set(db, statements);
  return statements;
}

/** The update rows of a board with the given ids that exist, in the order of `ids`. */
export function updateRowsByIds(
  db: Database.Database,
  boardId: string,
  ids: readonly number[],
): UpdateRow[] {
  const select = db.prepare('SELECT id, data FROM updates WHERE board_id = ? AND id = ?');
  const rows: UpdateRow[] = [];
  for (const id of ids) {
    const row = select.get(boardId, id) as UpdateRow | undefined;
    if (row) rows.push(row);
  }
  return rows;
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
 * What a compaction of one board will do, computed from a snapshot of its update rows (the
 * expensive part: decoding, one apply of the whole board, merging). Computed off the writer's
 * connection (`planCompaction`), then carried out in one short transaction (`applyCompaction`).
 */
export interface CompactionPlan {
  boardId: string;
  /** Ids of the rows `merged` replaces (in log order). */
  mergedIds: number[];
  merged: Uint8Array;
  /** Rows that do not decode as Yjs updates (quarantined). */
  undecodableIds: number[];
  /** Rows Yjs cannot apply in order (quarantined, never merged). */
  unapplicableIds: number[];
}

/**
 * Reads a board's update rows and plans their compaction; `null` if there is nothing to do (fewer
 * than two rows, and none to quarantine). Only reads: safe on any connection.
 */
export function planCompaction(db: Database.Database, boardId: string): CompactionPlan | null {
  const rows = db
    .prepare('SELECT id, data FROM updates WHERE board_id = ? ORDER BY id')
    .all(boardId) as UpdateRow[];
  if (rows.length < 2) return null;
  const decodable: UpdateRow[] = [];
  const undecodable: UpdateRow[] = [];
  for (const row of rows) (isDecodableUpdate(bytes(row.data)) ? decodable : undecodable).push(row);
  // A row Yjs cannot apply is never merged: the merged row would carry the fault.
  const checked = splitApplicable(decodable.map((row) => ({ row, data: bytes(row.data) })));
  const good = checked.good.map((c) => c.row);
  const plan: CompactionPlan = {
    boardId,
    mergedIds: good.length < 2 ? [] : good.map((r) => r.id),
    merged: good.length < 2 ? new Uint8Array(0) : Y.mergeUpdates(good.map((r) => bytes(r.data))),
    undecodableIds: undecodable.map((r) => r.id),
    unapplicableIds: checked.bad.map((c) => c.row.id),
  };
  const quarantines = plan.undecodableIds.length + plan.unapplicableIds.length;
  return plan.mergedIds.length > 0 || quarantines > 0 ? plan : null;
}

/**
 * Carries out a {@link CompactionPlan} crash-safely, in one transaction: rows to quarantine are
 * moved, then the merged row is written, then the rows it replaced are deleted. Returns false (and
 * changes nothing) if a planned row is gone meanwhile. Rows appended after the plan are untouched
 * (the merged row gets a later id than they do: Yjs updates commute, so log order does not matter).
 * `onStep` is a test hook (throwing there simulates an interruption).
 */
export function applyCompaction(
  db: Database.Database,
  plan: CompactionPlan,
  now: string,
  onStep?: (step: 'merged-written') => void,
): boolean {
  const { boardId } = plan;
  /** The rows of `ids`, or null if one of them is gone. */
  const rowsOf = (ids: readonly number[]): UpdateRow[] | null => {
    const rows = updateRowsByIds(db, boardId, ids);
    return rows.length === ids.length ? rows : null;
  };
  return db.transaction(() => {
    const undecodable = rowsOf(plan.undecodableIds);
    const unapplicable = rowsOf(plan.unapplicableIds);
    const exists = db.prepare('SELECT 1 FROM updates WHERE board_id = ? AND id = ?');
    const allThere = plan.mergedIds.every((id) => exists.get(boardId, id) !== undefined);
    if (!undecodable || !unapplicable || !allThere) return false;
    if (undecodable.length > 0) {
      quarantineRows(db, boardId, undecodable, 'undecodable update (compaction)', now);
    }
    if (unapplicable.length > 0) {
      quarantineRows(db, boardId, unapplicable, 'update Yjs cannot apply (compaction)', now);
    }
    if (plan.mergedIds.length < 2) return true;
    // Step 1: the merged row is written first ...
    db.prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)').run(
      boardId,
      Buffer.from(plan.merged.buffer, plan.merged.byteOffset, plan.merged.byteLength),
      now,
    );
    onStep?.('merged-written');
    // Step 2: ... then the rows it replaced are deleted (same transaction).
    const del = db.prepare('DELETE FROM updates WHERE id = ?');
    for (const id of plan.mergedIds) del.run(id);
    return true;
  })();
}

/**
 * Replaces a board's update rows by one merged row, crash-safely (merged row first, then the
 * rows it replaced are deleted, one transaction). Undecodable rows and rows Yjs cannot apply are
 * quarantined, never merged. Plans and applies on one connection, in one transaction (the inline
 * writer; the writer thread plans on a separate thread, see `SqliteWriterThread`).
 */
export function compactBoard(
  db: Database.Database,
  boardId: string,
  now: string,
  onStep?: (step: 'merged-written') => void,
): void {
  db.transaction(() => {
    const plan = planCompaction(db, boardId);
    if (plan) applyCompaction(db, plan, now, onStep);
  })();
}

/**
 * Moves a board record's `updated_at` forward (ISO timestamps compare as text: `MAX` never moves
 * it backward) and, if `title` is given, copies the live doc's title into it.
 */
export function touchBoard(
  db: Database.Database,
  boardId: string,
  updatedAt: string,
  title: string | null,
): void {
  db.prepare(
    'UPDATE boards SET updated_at = MAX(updated_at, ?), title = COALESCE(?, title) WHERE id = ?',
  ).run(updatedAt, title, boardId);
}
