import type { BoardRecord, LinkRecord, VersionRecord } from './Storage';

/** Row shapes shared by the SQLite and PostgreSQL adapters (same columns, ISO-string dates). */
export interface BoardRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}
export interface VersionRow {
  id: string;
  board_id: string;
  label: string;
  note: string;
  author: string;
  /** Written only from `VersionKind` values by the adapters. */
  kind: string;
  created_at: string;
}
export interface LinkRow {
  id: string;
  board_id: string;
  /** Written only from `LinkRole` values by the adapters. */
  role: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A stored board row as a record. */
export const toBoard = (r: BoardRow): BoardRecord => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A stored version row (without its state) as a record. */
export const toVersion = (r: VersionRow): VersionRecord => ({
  id: r.id,
  boardId: r.board_id,
  label: r.label,
  note: r.note,
  author: r.author,
  kind: r.kind as VersionRecord['kind'],
  createdAt: r.created_at,
});

/** A stored link row as a record. */
export const toLink = (r: LinkRow): LinkRecord => ({
  id: r.id,
  boardId: r.board_id,
  role: r.role as LinkRecord['role'],
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
