import type * as Y from 'yjs';

/** Names of the four top-level `Y.Map`s of a board document (DESIGN.md: public contract). */
export const DOC_MAPS = ['meta', 'nodes', 'edges', 'actors'] as const;
export type DocMapName = (typeof DOC_MAPS)[number];

/** Keys of the `meta` map. `title` is a plain string (last writer wins), `horizonLabels` a nested Y.Map. */
export const META_KEYS = {
  title: 'title',
  schemaVersion: 'schemaVersion',
  horizonLabels: 'horizonLabels',
} as const;

/** A value stored in a Y.Map record: plain JSON or a nested shared type. */
export type YValue = unknown;

/** The four top-level maps of a board document. */
export interface BoardMaps {
  meta: Y.Map<YValue>;
  /** id → Y.Map node record. Typed `unknown`: remote peers may write anything; reads validate. */
  nodes: Y.Map<YValue>;
  edges: Y.Map<YValue>;
  actors: Y.Map<YValue>;
}

/** Returns (creating on first access, which writes nothing) the four top-level maps of `doc`. */
export function getBoardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap<YValue>('meta'),
    nodes: doc.getMap<YValue>('nodes'),
    edges: doc.getMap<YValue>('edges'),
    actors: doc.getMap<YValue>('actors'),
  };
}

/** Origin of transactions that migrate an old document layout (never undoable). */
export const MIGRATION_ORIGIN: object = Object.freeze({ name: 'isf-crdt-migration' });

/** Default origin of `restoreVersion` transactions (not tracked by any user's undo manager). */
export const RESTORE_ORIGIN: object = Object.freeze({ name: 'isf-crdt-restore' });

/** Default origin of `writeBoard` transactions. */
export const WRITE_BOARD_ORIGIN: object = Object.freeze({ name: 'isf-crdt-write-board' });
