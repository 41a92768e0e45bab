import * as Y from 'yjs';
import { BoardSchema, diffBoards, type Board, type BoardDiff } from '@isf/framework';
import { BoardStore } from '../BoardStore';
import { canonicalBoard } from '../canonicalBoard';
import { getBoardMaps, RESTORE_ORIGIN, type YValue } from '../layout';
import {
  ACTOR_KEYS,
  EDGE_KEYS,
  actorToYMap,
  edgeToYMap,
  reconcileFlatRecord,
} from '../records/flatRecords';
import { writeMeta } from '../records/metaRecord';
import { nodeToYMap, reconcileNode } from '../records/nodeRecord';

/** Captures the whole document as one update (a plan version to store). */
export function captureVersion(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** Reads a captured version as a Board (read-only: uses a temporary document, migrating old layouts). */
export function boardFromVersion(bytes: Uint8Array): Board {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
    const store = new BoardStore(doc);
    const board = store.read();
    store.destroy();
    return board;
  } finally {
    doc.destroy();
  }
}

function syncRecords<T extends { id: string }>(
  map: Y.Map<YValue>,
  targets: readonly T[],
  create: (t: T) => Y.Map<YValue>,
  reconcile: (existing: Y.Map<YValue>, t: T) => void,
): void {
  const wanted = new Map(targets.map((t) => [t.id, t]));
  for (const id of Array.from(map.keys())) if (!wanted.has(id)) map.delete(id);
  for (const [id, t] of wanted) {
    const existing = map.get(id);
    if (existing instanceof Y.Map) reconcile(existing as Y.Map<YValue>, t);
    else map.set(id, create(t));
  }
}

/**
 * Restores a plan version as a forward change on the live document: in ONE transaction it sets only
 * the fields that differ (per field, per character, per set member), adds missing records and
 * deletes extra ones (also invalid or dangling ones), so afterwards `read()` equals the version
 * (canonical order) — and stays equal after merging with replicas that were offline and edited
 * nothing. The default origin is not tracked by any user's undo manager. Returns
 * `diffBoards(before, target)`.
 */
export function restoreVersion(
  doc: Y.Doc,
  board: Board,
  origin: unknown = RESTORE_ORIGIN,
): BoardDiff {
  const target = canonicalBoard(BoardSchema.parse(board));
  const store = new BoardStore(doc, { migrate: false });
  const current = store.read();
  store.destroy();
  const diff = diffBoards(current, target);
  const maps = getBoardMaps(doc);
  doc.transact(() => {
    writeMeta(maps.meta, { title: target.meta.title, horizonLabels: target.meta.horizonLabels });
    syncRecords(maps.actors, target.actors, actorToYMap, (m, a) =>
      reconcileFlatRecord(m, { ...a }, ACTOR_KEYS),
    );
    syncRecords(maps.nodes, target.nodes, nodeToYMap, (m, n) => reconcileNode(m, n));
    syncRecords(maps.edges, target.edges, edgeToYMap, (m, e) =>
      reconcileFlatRecord(m, { ...e }, EDGE_KEYS),
    );
  }, origin);
  return diff;
}
