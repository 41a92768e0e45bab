import type Database from 'better-sqlite3';
import type { BoardRecord, LinkRecord, ShareRole, VersionRecord } from './Storage.js';
import { quarantineRows, touchBoard, updateRowsByIds } from './sqliteWrites.js';

/**
 * Every write of {@link SqliteStorage} besides update appends and compactions, as data: with a
 * writer thread they all run there, on its connection, so that the main thread never waits for an
 * fsync nor for the write lock (better-sqlite3 is synchronous: a busy wait would stall the relay).
 */
export type RecordWrite =
  | { op: 'createBoard'; board: BoardRecord; initialUpdate: Uint8Array; ownerLink: LinkRecord }
  | { op: 'renameBoard'; boardId: string; title: string; updatedAt: string }
  | { op: 'touchBoard'; boardId: string; updatedAt: string; title: string | null }
  | { op: 'deleteBoard'; boardId: string }
  | { op: 'createVersion'; version: VersionRecord; state: Uint8Array }
  | { op: 'createLink'; link: LinkRecord }
  | { op: 'revokeLink'; boardId: string; linkId: string; revokedAt: string }
  | { op: 'updateLinkRole'; boardId: string; linkId: string; role: ShareRole }
  | { op: 'quarantine'; boardId: string; ids: number[]; reason: string; now: string };

const blob = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

function insertLink(db: Database.Database, link: LinkRecord): void {
  db.prepare(
    `INSERT INTO links (id, board_id, role, token_hash, created_at, revoked_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(link.id, link.boardId, link.role, link.tokenHash, link.createdAt, link.revokedAt);
}

/** Runs one record write (in one transaction); returns the number of rows it changed. */
export function runRecordWrite(db: Database.Database, write: RecordWrite): number {
  switch (write.op) {
    case 'createBoard': {
      const { board } = write;
      db.transaction(() => {
        db.prepare(
          'INSERT INTO boards (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
        ).run(board.id, board.title, board.createdAt, board.updatedAt);
        db.prepare('INSERT INTO updates (board_id, data, created_at) VALUES (?, ?, ?)').run(
          board.id,
          blob(write.initialUpdate),
          board.createdAt,
        );
        insertLink(db, write.ownerLink);
      })();
      return 1;
    }
    case 'renameBoard':
      return db
        .prepare('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?')
        .run(write.title, write.updatedAt, write.boardId).changes;
    case 'touchBoard':
      touchBoard(db, write.boardId, write.updatedAt, write.title);
      return 1;
    case 'deleteBoard':
      db.transaction(() => {
        for (const table of ['updates', 'quarantine', 'versions', 'links']) {
          db.prepare(`DELETE FROM ${table} WHERE board_id = ?`).run(write.boardId);
        }
        db.prepare('DELETE FROM boards WHERE id = ?').run(write.boardId);
      })();
      return 1;
    case 'createVersion': {
      const v = write.version;
      return db
        .prepare(
          `INSERT INTO versions (id, board_id, label, note, author, kind, created_at, state)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(v.id, v.boardId, v.label, v.note, v.author, v.kind, v.createdAt, blob(write.state))
        .changes;
    }
    case 'createLink':
      insertLink(db, write.link);
      return 1;
    case 'revokeLink':
      return db
        .prepare(
          'UPDATE links SET revoked_at = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL',
        )
        .run(write.revokedAt, write.boardId, write.linkId).changes;
    case 'updateLinkRole':
      return db
        .prepare(
          `UPDATE links SET role = ? WHERE board_id = ? AND id = ? AND revoked_at IS NULL
           AND role <> 'owner'`,
        )
        .run(write.role, write.boardId, write.linkId).changes;
    case 'quarantine': {
      const rows = updateRowsByIds(db, write.boardId, write.ids);
      quarantineRows(db, write.boardId, rows, write.reason, write.now);
      return rows.length;
    }
  }
}
