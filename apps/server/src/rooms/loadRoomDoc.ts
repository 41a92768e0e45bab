import * as Y from 'yjs';
import { LOAD_ORIGIN } from './origins.js';
import type { RoomContext } from './roomTypes.js';

interface Row {
  id: number;
  data: Uint8Array;
}

/** Applies rows in order in one transaction; returns the rows that made Yjs throw. */
function applyRows(doc: Y.Doc, rows: readonly Row[]): Row[] {
  const failed: Row[] = [];
  doc.transact(() => {
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row.data, LOAD_ORIGIN);
      } catch {
        failed.push(row);
      }
    }
  }, LOAD_ORIGIN);
  return failed;
}

/**
 * Loads a board's stored updates into `doc` and returns the doc that holds them with the number of
 * rows. Undecodable rows were quarantined by the storage; a row that decodes but makes Yjs throw
 * while applied is quarantined here (kept, never deleted), logged and counted, and the rest of
 * the board still loads. Such a row may have been applied in part, so the doc is then rebuilt
 * without it: the returned doc is a new one (the caller replaces `doc`, which it destroys).
 * The normal path applies each row once into `doc` and costs nothing extra.
 */
export async function loadRoomDoc(
  boardId: string,
  ctx: RoomContext,
  doc: Y.Doc,
): Promise<{ doc: Y.Doc; rows: number }> {
  const { storage, log, metrics } = ctx;
  const { updates, ids, quarantined } = await storage.loadUpdates(boardId);
  if (quarantined.length > 0) {
    metrics.quarantinedRows.inc(quarantined.length);
    log.error({ boardId, quarantined }, 'corrupt update rows quarantined');
  }
  let rows: Row[] = updates.map((data, i) => ({ id: ids[i] ?? -1, data }));
  let failed = applyRows(doc, rows);
  let target = doc;
  // Rebuild without the failed rows until every remaining row applies (rare: corrupt rows only).
  while (failed.length > 0) {
    const bad = new Set(failed);
    const badIds = failed.map((r) => r.id);
    try {
      await storage.quarantineUpdates(boardId, badIds, 'update Yjs cannot apply');
    } catch (err) {
      log.error({ boardId, err, ids: badIds }, 'could not quarantine update rows');
    }
    metrics.quarantinedRows.inc(failed.length);
    log.error({ boardId, quarantined: badIds }, 'update rows Yjs cannot apply quarantined');
    rows = rows.filter((r) => !bad.has(r));
    if (target !== doc) target.destroy();
    target = new Y.Doc();
    failed = applyRows(target, rows);
  }
  return { doc: target, rows: rows.length };
}
