import pg from 'pg';
import * as Y from 'yjs';
import type {
  BoardRecord,
  LinkRecord,
  LoadedUpdates,
  ShareRole,
  Storage,
  VersionRecord,
} from './Storage';
import { splitApplicable } from './updateRows';
import {
  toBoard,
  toLink,
  toVersion,
  type BoardRow,
  type LinkRow,
  type VersionRow,
} from './storedRows';

export interface PostgresStorageOptions {
  connectionString: string;
  /** Schema holding the tables (created if missing); lets several deployments or tests share a DB. */
  schema?: string;
  /** Largest number of pooled connections. */
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Tables of the PostgreSQL adapter; dates are ISO strings so records read the same as SQLite's. */
function ddl(schema: string): string {
  return `
  CREATE SCHEMA IF NOT EXISTS ${schema};
  CREATE TABLE IF NOT EXISTS ${schema}.boards (
    id text PRIMARY KEY, title text NOT NULL, created_at text NOT NULL, updated_at text NOT NULL);
  CREATE TABLE IF NOT EXISTS ${schema}.updates (
    id bigserial PRIMARY KEY,
    board_id text NOT NULL REFERENCES ${schema}.boards(id) ON DELETE CASCADE,
    data bytea NOT NULL);
  CREATE INDEX IF NOT EXISTS updates_board ON ${schema}.updates(board_id, id);
  CREATE TABLE IF NOT EXISTS ${schema}.quarantine (
    id bigserial PRIMARY KEY, board_id text NOT NULL, update_id bigint NOT NULL,
    data bytea NOT NULL, reason text NOT NULL);
  CREATE TABLE IF NOT EXISTS ${schema}.versions (
    id text PRIMARY KEY,
    board_id text NOT NULL REFERENCES ${schema}.boards(id) ON DELETE CASCADE,
    label text NOT NULL, note text NOT NULL, author text NOT NULL, kind text NOT NULL,
    created_at text NOT NULL, state bytea NOT NULL);
  CREATE INDEX IF NOT EXISTS versions_board ON ${schema}.versions(board_id, created_at);
  CREATE TABLE IF NOT EXISTS ${schema}.links (
    id text PRIMARY KEY,
    board_id text NOT NULL REFERENCES ${schema}.boards(id) ON DELETE CASCADE,
    role text NOT NULL, token_hash text NOT NULL UNIQUE,
    created_at text NOT NULL, revoked_at text);
  `;
}

/** Returns the reason a stored update cannot be trusted, or null if it decodes. */
function checkUpdate(data: Uint8Array): string | null {
  try {
    Y.decodeUpdate(data);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Storage on PostgreSQL, for deployments that run several relay instances. Every method runs in
 * one transaction where it writes more than one row; a resolved write is committed.
 */
export class PostgresStorage implements Storage {
  private readonly pool: pg.Pool;
  private readonly s: string;
  private ready: Promise<void> | null = null;

  constructor(options: PostgresStorageOptions) {
    const schema = options.schema ?? 'isf';
    if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid PostgreSQL schema name "${schema}"`);
    this.s = schema;
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
    });
    // An idle client losing its connection must not take the process down; the next query retries.
    this.pool.on('error', () => undefined);
  }

  /** Creates the schema and tables if missing. Called lazily by every method. */
  init(): Promise<void> {
    this.ready ??= this.pool.query(ddl(this.s)).then(() => undefined);
    return this.ready;
  }

  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.init();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async q<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    await this.init();
    return (await this.pool.query<R>(text, values)).rows;
  }

  async createBoard(
    board: BoardRecord,
    initialUpdate: Uint8Array,
    owner: LinkRecord,
  ): Promise<void> {
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO ${this.s}.boards (id, title, created_at, updated_at) VALUES ($1, $2, $3, $4)`,
        [board.id, board.title, board.createdAt, board.updatedAt],
      );
      await c.query(`INSERT INTO ${this.s}.updates (board_id, data) VALUES ($1, $2)`, [
        board.id,
        Buffer.from(initialUpdate),
      ]);
      await this.insertLink(c, owner);
    });
  }

  async getBoard(boardId: string): Promise<BoardRecord | null> {
    const rows = await this.q<BoardRow>(`SELECT * FROM ${this.s}.boards WHERE id = $1`, [boardId]);
    return rows[0] ? toBoard(rows[0]) : null;
  }

  async listBoards(boardIds: string[]): Promise<BoardRecord[]> {
    if (boardIds.length === 0) return [];
    const rows = await this.q<BoardRow>(
      `SELECT * FROM ${this.s}.boards WHERE id = ANY($1) ORDER BY updated_at DESC, id`,
      [boardIds],
    );
    return rows.map(toBoard);
  }

  async renameBoard(boardId: string, title: string, updatedAt: string): Promise<void> {
    await this.q(`UPDATE ${this.s}.boards SET title = $2, updated_at = $3 WHERE id = $1`, [
      boardId,
      title,
      updatedAt,
    ]);
  }

  async touchBoard(boardId: string, updatedAt: string, title?: string): Promise<void> {
    // ISO timestamps compare as text: GREATEST never moves updated_at backward.
    await this.q(
      `UPDATE ${this.s}.boards SET updated_at = GREATEST(updated_at, $2),
       title = COALESCE($3, title) WHERE id = $1`,
      [boardId, updatedAt, title ?? null],
    );
  }

  async deleteBoard(boardId: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query(`DELETE FROM ${this.s}.quarantine WHERE board_id = $1`, [boardId]);
      await c.query(`DELETE FROM ${this.s}.boards WHERE id = $1`, [boardId]);
    });
  }

  async loadUpdates(boardId: string): Promise<LoadedUpdates> {
    return this.tx(async (c) => {
      const { rows } = await c.query<{ id: string; data: Buffer }>(
        `SELECT id, data FROM ${this.s}.updates WHERE board_id = $1 ORDER BY id`,
        [boardId],
      );
      const updates: Uint8Array[] = [];
      const ids: number[] = [];
      const quarantined: number[] = [];
      for (const row of rows) {
        const data = new Uint8Array(row.data);
        const reason = checkUpdate(data);
        if (reason === null) {
          updates.push(data);
          ids.push(Number(row.id));
          continue;
        }
        quarantined.push(Number(row.id));
        await this.moveToQuarantine(c, boardId, row, reason);
      }
      return { updates, ids, quarantined };
    });
  }

  async appendUpdates(boardId: string, updates: Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    const values = updates.map((_, i) => `($1, $${i + 2})`).join(', ');
    await this.q(`INSERT INTO ${this.s}.updates (board_id, data) VALUES ${values}`, [
      boardId,
      ...updates.map((u) => Buffer.from(u)),
    ]);
  }

  async compact(boardId: string): Promise<void> {
    await this.tx(async (c) => {
      // One compaction per board at a time, across relay instances.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`isf-compact:${boardId}`]);
      const { rows } = await c.query<{ id: string; data: Buffer }>(
        `SELECT id, data FROM ${this.s}.updates WHERE board_id = $1 ORDER BY id`,
        [boardId],
      );
      if (rows.length < 2) return;
      const decodable = rows.filter((r) => checkUpdate(new Uint8Array(r.data)) === null);
      // A row Yjs cannot apply is never merged (the merged row would carry the fault).
      const checked = splitApplicable(
        decodable.map((row) => ({ row, data: new Uint8Array(row.data) })),
      );
      for (const { row } of checked.bad) {
        await this.moveToQuarantine(c, boardId, row, 'update Yjs cannot apply (compaction)');
      }
      const valid = checked.good.map((g) => g.row);
      if (valid.length < 2) return;
      const merged = Y.mergeUpdates(valid.map((r) => new Uint8Array(r.data)));
      // Merged row first, then the rows it replaces: a crash in between leaves both, which loads
      // to the same document (Yjs updates are idempotent).
      await c.query(`INSERT INTO ${this.s}.updates (board_id, data) VALUES ($1, $2)`, [
        boardId,
        Buffer.from(merged),
      ]);
      await c.query(`DELETE FROM ${this.s}.updates WHERE id = ANY($1::bigint[])`, [
        valid.map((r) => r.id),
      ]);
    });
  }

  async quarantineUpdates(boardId: string, ids: number[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.tx(async (c) => {
      const { rows } = await c.query<{ id: string; data: Buffer }>(
        `SELECT id, data FROM ${this.s}.updates WHERE board_id = $1 AND id = ANY($2::bigint[])`,
        [boardId, ids],
      );
      for (const row of rows) await this.moveToQuarantine(c, boardId, row, reason);
    });
  }

  /** Copies an update row to quarantine and deletes it from the log (inside a transaction). */
  private async moveToQuarantine(
    c: pg.PoolClient,
    boardId: string,
    row: { id: string; data: Buffer },
    reason: string,
  ): Promise<void> {
    await c.query(
      `INSERT INTO ${this.s}.quarantine (board_id, update_id, data, reason) VALUES ($1, $2, $3, $4)`,
      [boardId, row.id, row.data, reason],
    );
    await c.query(`DELETE FROM ${this.s}.updates WHERE id = $1`, [row.id]);
  }

  async countUpdates(boardId: string): Promise<number> {
    const rows = await this.q<{ n: string }>(
      `SELECT count(*) AS n FROM ${this.s}.updates WHERE board_id = $1`,
      [boardId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async createVersion(v: VersionRecord, state: Uint8Array): Promise<void> {
    await this.q(
      `INSERT INTO ${this.s}.versions (id, board_id, label, note, author, kind, created_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [v.id, v.boardId, v.label, v.note, v.author, v.kind, v.createdAt, Buffer.from(state)],
    );
  }

  async listVersions(boardId: string): Promise<VersionRecord[]> {
    const rows = await this.q<VersionRow>(
      `SELECT id, board_id, label, note, author, kind, created_at FROM ${this.s}.versions
       WHERE board_id = $1 ORDER BY created_at, id`,
      [boardId],
    );
    return rows.map(toVersion);
  }

  async getVersion(
    boardId: string,
    versionId: string,
  ): Promise<{ version: VersionRecord; state: Uint8Array } | null> {
    const rows = await this.q<VersionRow & { state: Buffer }>(
      `SELECT * FROM ${this.s}.versions WHERE board_id = $1 AND id = $2`,
      [boardId, versionId],
    );
    const row = rows[0];
    return row ? { version: toVersion(row), state: new Uint8Array(row.state) } : null;
  }

  private async insertLink(c: pg.PoolClient | pg.Pool, link: LinkRecord): Promise<void> {
    await c.query(
      `INSERT INTO ${this.s}.links (id, board_id, role, token_hash, created_at, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [link.id, link.boardId, link.role, link.tokenHash, link.createdAt, link.revokedAt],
    );
  }

  async createLink(link: LinkRecord): Promise<void> {
    await this.init();
    await this.insertLink(this.pool, link);
  }

  async listLinks(boardId: string): Promise<LinkRecord[]> {
    const rows = await this.q<LinkRow>(
      `SELECT * FROM ${this.s}.links WHERE board_id = $1 ORDER BY created_at, id`,
      [boardId],
    );
    return rows.map(toLink);
  }

  async findLinkByTokenHash(tokenHash: string): Promise<LinkRecord | null> {
    const rows = await this.q<LinkRow>(`SELECT * FROM ${this.s}.links WHERE token_hash = $1`, [
      tokenHash,
    ]);
    return rows[0] ? toLink(rows[0]) : null;
  }

  async revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<boolean> {
    const rows = await this.q<{ id: string }>(
      `UPDATE ${this.s}.links SET revoked_at = $3
       WHERE board_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
      [boardId, linkId, revokedAt],
    );
    return rows.length > 0;
  }

  async updateLinkRole(boardId: string, linkId: string, role: ShareRole): Promise<boolean> {
    const rows = await this.q<{ id: string }>(
      `UPDATE ${this.s}.links SET role = $3
       WHERE board_id = $1 AND id = $2 AND revoked_at IS NULL AND role <> 'owner' RETURNING id`,
      [boardId, linkId, role],
    );
    return rows.length > 0;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
