import * as Y from 'yjs';
import { SCHEMA_VERSION } from '@isf/framework';
import { getBoardMaps, MIGRATION_ORIGIN, type BoardMaps, type YValue } from './layout';
import { makeSet, makeText } from './records/yhelpers';

/** One step of the ordered migration list: rewrites a document from layout `from` to `to`. */
export interface DocMigration {
  from: number;
  to: number;
  description: string;
  /** Runs inside one transaction. Must be idempotent (two clients may migrate concurrently). */
  migrate(maps: BoardMaps): void;
}

function toPlainArray(value: unknown): unknown[] {
  if (value instanceof Y.Array) return value.toArray();
  return Array.isArray(value) ? value : [];
}

function subRecordsToMap(value: unknown): Y.Map<Y.Map<YValue>> {
  const out = new Y.Map<Y.Map<YValue>>();
  for (const item of toPlainArray(value)) {
    if (typeof item !== 'object' || item === null) continue;
    const id = (item as { id?: unknown }).id;
    if (typeof id !== 'string' || out.has(id)) continue;
    const sub = new Y.Map<YValue>();
    for (const [k, v] of Object.entries(item)) sub.set(k, v);
    out.set(id, sub);
  }
  return out;
}

/**
 * Layout 0 (the prototype, no `meta.schemaVersion`): node title/description were plain strings,
 * `support` a Y.Array of actor ids (duplicates possible), `tags` a plain array, the position two keys
 * `x`/`y`, benchmarks and risks Y.Arrays of plain objects. Layout 1 is the one in the README.
 */
const migrate0to1: DocMigration = {
  from: 0,
  to: 1,
  description:
    'Y.Text titles, set-valued support/tags, nested benchmark/risk maps, position object',
  migrate({ nodes, meta }) {
    for (const node of nodes.values()) {
      if (!(node instanceof Y.Map)) continue;
      for (const k of ['title', 'description'] as const) {
        const v = node.get(k);
        if (!(v instanceof Y.Text)) node.set(k, makeText(typeof v === 'string' ? v : ''));
      }
      for (const k of ['support', 'tags'] as const) {
        const v = node.get(k);
        if (!(v instanceof Y.Map)) {
          const members = toPlainArray(v).filter((m): m is string => typeof m === 'string');
          node.set(k, makeSet(members));
        }
      }
      for (const k of ['benchmarks', 'risks'] as const) {
        const v = node.get(k);
        if (!(v instanceof Y.Map)) node.set(k, subRecordsToMap(v));
      }
      if (node.get('position') === undefined) {
        const x = node.get('x');
        const y = node.get('y');
        node.set('position', {
          x: typeof x === 'number' ? x : 0,
          y: typeof y === 'number' ? y : 0,
        });
      }
      if (node.has('x')) node.delete('x');
      if (node.has('y')) node.delete('y');
    }
    meta.set('schemaVersion', 1);
  },
};

/** Every migration in order; the last `to` equals the framework's `SCHEMA_VERSION`. */
export const DOC_MIGRATIONS: readonly DocMigration[] = [migrate0to1];

/** Layout version of `doc`: `meta.schemaVersion`, 0 for a prototype doc with content, null if empty. */
export function docSchemaVersion(doc: Y.Doc): number | null {
  const { meta, nodes } = getBoardMaps(doc);
  const v = meta.get('schemaVersion');
  if (typeof v === 'number') return v;
  return nodes.size > 0 ? 0 : null;
}

/**
 * Applies the pending migrations in order, in one transaction. Does nothing to an empty document
 * (so a client that has not synced yet never stamps a version over an old document) or to a
 * document already at (or above) `SCHEMA_VERSION`. Returns the versions migrated between, or null.
 */
export function migrateDoc(
  doc: Y.Doc,
  origin: unknown = MIGRATION_ORIGIN,
  migrations: readonly DocMigration[] = DOC_MIGRATIONS,
): { from: number; to: number } | null {
  const from = docSchemaVersion(doc);
  if (from === null || from >= SCHEMA_VERSION) return null;
  let version = from;
  doc.transact(() => {
    const maps = getBoardMaps(doc);
    for (const step of migrations) {
      if (step.from !== version) continue;
      step.migrate(maps);
      version = step.to;
    }
    maps.meta.set('schemaVersion', version);
  }, origin);
  return { from, to: version };
}
