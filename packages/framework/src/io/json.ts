import { BoardSchema, SCHEMA_VERSION, normalizeBoard } from '../schema/board';
import type { Board } from '../schema/board';
import { checkBoardIntegrity } from './checkBoardIntegrity';
import { ImportError, formatPath, importIssue } from './ImportError';
import { migrateBoard } from './migrations';

/** The `format` tag of an ISF Board export file. */
export const BOARD_FILE_FORMAT = 'isf-board';

/** The envelope of an export file. */
export interface BoardFile {
  format: typeof BOARD_FILE_FORMAT;
  schemaVersion: number;
  board: Board;
}

/**
 * Serializes a board as `{ format: 'isf-board', schemaVersion, board }`, pretty-printed with
 * two spaces and the board normalized (arrays sorted by id), so equal boards give equal text.
 */
export function exportJson(board: Board): string {
  const file: BoardFile = {
    format: BOARD_FILE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    board: normalizeBoard(board),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an export file: parses the JSON, checks the envelope, runs `MIGRATIONS` from the
 * file's `schemaVersion` to the current one, validates with zod and checks referential
 * integrity (duplicate ids, edges to missing nodes, lead/support naming missing actors).
 * Returns the normalized board. Unknown fields are dropped.
 *
 * @throws ImportError with every issue found (paths like `board.nodes[3].priority`); nothing
 *   else is thrown and nothing is half-imported.
 */
export function importJson(text: string): Board {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ImportError([
      importIssue('', 'import.json.syntax', { detail: (e as Error).message }),
    ]);
  }
  if (!isPlain(doc)) {
    throw new ImportError([importIssue('', 'import.json.not-object')]);
  }
  if (doc['format'] !== BOARD_FILE_FORMAT) {
    throw new ImportError([
      importIssue('format', 'import.json.format', { format: BOARD_FILE_FORMAT }),
    ]);
  }
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ImportError([importIssue('schemaVersion', 'import.json.version-invalid')]);
  }
  if (version > SCHEMA_VERSION) {
    throw new ImportError([
      importIssue('schemaVersion', 'import.json.version-newer', { version, max: SCHEMA_VERSION }),
    ]);
  }
  if (!('board' in doc)) throw new ImportError([importIssue('board', 'import.json.board-missing')]);
  const migrated = migrateBoard(doc['board'], version, SCHEMA_VERSION);
  if ('missingFrom' in migrated) {
    throw new ImportError([
      importIssue('schemaVersion', 'import.json.no-migration', { version: migrated.missingFrom }),
    ]);
  }
  const parsed = BoardSchema.safeParse(migrated.board);
  if (!parsed.success) {
    throw new ImportError(
      parsed.error.issues.map((issue) =>
        importIssue(formatPath(issue.path, 'board'), 'import.schema.invalid', {
          detail: issue.message,
        }),
      ),
    );
  }
  const issues = checkBoardIntegrity(parsed.data, 'board');
  if (parsed.data.meta.schemaVersion !== SCHEMA_VERSION) {
    issues.unshift(
      importIssue('board.meta.schemaVersion', 'import.json.meta-version', {
        version: SCHEMA_VERSION,
      }),
    );
  }
  if (issues.length > 0) throw new ImportError(issues);
  return normalizeBoard(parsed.data);
}
