/** The SQLite schema (idempotent). Board rows of other tables are removed by `deleteBoard`. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_board ON updates (board_id, id);
CREATE TABLE IF NOT EXISTS quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  update_id INTEGER NOT NULL,
  data BLOB NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quarantine_board ON quarantine (board_id);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  label TEXT NOT NULL,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_board ON versions (board_id, created_at);
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS links_board ON links (board_id);
`;
