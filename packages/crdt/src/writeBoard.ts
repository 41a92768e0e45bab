import type * as Y from 'yjs';
import { BoardSchema, SCHEMA_VERSION, type Board } from '@isf/framework';
import { getBoardMaps, WRITE_BOARD_ORIGIN } from './layout';
import { actorToYMap, edgeToYMap } from './records/flatRecords';
import { writeMeta } from './records/metaRecord';
import { nodeToYMap } from './records/nodeRecord';

/** Thrown by `writeBoard` when the document already holds a board or the board is invalid. */
export class WriteBoardError extends Error {
  override readonly name = 'WriteBoardError';
}

/**
 * Writes a whole framework Board (e.g. from `studyTemplate()` or an import) into an empty document
 * in one transaction. Validates the board with `BoardSchema` first; throws `WriteBoardError` when
 * the board is invalid or the document already has nodes, edges or actors.
 */
export function writeBoard(doc: Y.Doc, board: Board, origin: unknown = WRITE_BOARD_ORIGIN): void {
  const parsed = BoardSchema.safeParse(board);
  if (!parsed.success) {
    throw new WriteBoardError(`invalid board: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  }
  const maps = getBoardMaps(doc);
  if (maps.nodes.size > 0 || maps.edges.size > 0 || maps.actors.size > 0) {
    throw new WriteBoardError('the document already holds a board');
  }
  const b = parsed.data;
  doc.transact(() => {
    writeMeta(maps.meta, {
      title: b.meta.title,
      schemaVersion: SCHEMA_VERSION,
      horizonLabels: b.meta.horizonLabels,
    });
    for (const a of b.actors) maps.actors.set(a.id, actorToYMap(a));
    for (const n of b.nodes) maps.nodes.set(n.id, nodeToYMap(n));
    for (const e of b.edges) maps.edges.set(e.id, edgeToYMap(e));
  }, origin);
}
