/**
 * The storage contract of the relay and the REST API. Every method is async so that the SQLite
 * default and the PostgreSQL adapter share it. A resolved write is durable (fsync'd by the engine).
 */

export type LinkRole = 'owner' | 'editor' | 'viewer';
/** The roles a share link may have (the owner link comes with the board and keeps its role). */
export type ShareRole = Exclude<LinkRole, 'owner'>;
export type VersionKind = 'manual' | 'auto' | 'before-restore';

export interface BoardRecord {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRecord {
  id: string;
  boardId: string;
  label: string;
  note: string;
  author: string;
  kind: VersionKind;
  createdAt: string;
}

export interface LinkRecord {
  id: string;
  boardId: string;
  role: LinkRole;
  /** SHA-256 of the token (hex); the token itself is never stored. */
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What `loadUpdates` found: the stored updates of a board, and rows that failed to decode. */
export interface LoadedUpdates {
  updates: Uint8Array[];
  /** The row id of each entry of `updates` (same order), e.g. for {@link Storage.quarantineUpdates}. */
  ids: number[];
  /** Rows that could not be decoded were moved to quarantine (never deleted); their ids. */
  quarantined: number[];
}

export interface Storage {
  /** Creates the board, its first document state and its owner link in one transaction. */
  createBoard(board: BoardRecord, initialUpdate: Uint8Array, ownerLink: LinkRecord): Promise<void>;
  getBoard(boardId: string): Promise<BoardRecord | null>;
  listBoards(boardIds: string[]): Promise<BoardRecord[]>;
  renameBoard(boardId: string, title: string, updatedAt: string): Promise<void>;
  /**
   * Moves the board's `updatedAt` forward to `updatedAt` (never backward) and, if given, sets its
   * title. The relay calls it after live edits. A missing board is ignored.
   */
  touchBoard(boardId: string, updatedAt: string, title?: string): Promise<void>;
  /** Deletes the board and everything that belongs to it. */
  deleteBoard(boardId: string): Promise<void>;

  /** All stored updates of a board, decoded and checked; corrupt rows are quarantined. */
  loadUpdates(boardId: string): Promise<LoadedUpdates>;
  /** Appends updates durably, in one transaction. Resolves only once they are on disk. */
  appendUpdates(boardId: string, updates: Uint8Array[]): Promise<void>;
  /**
   * Replaces the board's update rows by one merged row, crash-safely: the merged row is written
   * first, then the rows it replaced are deleted, in one transaction.
   */
  compact(boardId: string): Promise<void>;
  /**
   * Moves update rows (by id, of this board) to quarantine with a reason: never deleted, no longer
   * loaded. For rows that decode but cannot be applied.
   */
  quarantineUpdates(boardId: string, ids: number[], reason: string): Promise<void>;
  /** Number of update rows currently stored for a board (for compaction policy and tests). */
  countUpdates(boardId: string): Promise<number>;

  createVersion(version: VersionRecord, state: Uint8Array): Promise<void>;
  listVersions(boardId: string): Promise<VersionRecord[]>;
  getVersion(
    boardId: string,
    versionId: string,
  ): Promise<{ version: VersionRecord; state: Uint8Array } | null>;

  createLink(link: LinkRecord): Promise<void>;
  listLinks(boardId: string): Promise<LinkRecord[]>;
  findLinkByTokenHash(tokenHash: string): Promise<LinkRecord | null>;
  revokeLink(boardId: string, linkId: string, revokedAt: string): Promise<boolean>;
  /**
   * Sets the role of an active (not revoked) share link of the board; false when there is no such
   * link or it is the owner link (whose role never changes).
   */
  updateLinkRole(boardId: string, linkId: string, role: ShareRole): Promise<boolean>;

  /** Throws if the storage cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
