import * as Y from 'yjs';
import type { ZodError } from 'zod';
import { ActorSchema, EdgeSchema, type Actor, type Edge } from '@isf/framework';
import type { YValue } from '../layout';
import { FIELD_DEFAULTS, getOrDefault } from './defaults';
import { formatIssues, type RecordKind, type RecordRead } from './SkippedRecord';
import { setIfChanged } from './yhelpers';

/** Keys of an edge record (all plain values). */
export const EDGE_KEYS = ['kind', 'source', 'target', 'suggested', 'note'] as const;
/** Keys of an actor record (all plain values). */
export const ACTOR_KEYS = ['name', 'abbrev', 'group'] as const;

function toYMap(record: Record<string, unknown>): Y.Map<YValue> {
  const map = new Y.Map<YValue>();
  for (const [k, v] of Object.entries(record)) map.set(k, v);
  return map;
}

/** Creates the flat Y.Map record of an edge. */
export function edgeToYMap(edge: Edge): Y.Map<YValue> {
  return toYMap({ ...edge });
}

/** Creates the flat Y.Map record of an actor. */
export function actorToYMap(actor: Actor): Y.Map<YValue> {
  return toYMap({ ...actor });
}

function readFlat<T>(
  kind: RecordKind,
  id: string,
  map: unknown,
  keys: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError };
  },
): RecordRead<T> {
  if (!(map instanceof Y.Map)) return { ok: false, skipped: [{ kind, id, reason: 'not a Y.Map' }] };
  if (map.get('id') !== id) {
    return { ok: false, skipped: [{ kind, id, reason: 'id field does not match key' }] };
  }
  const plain: Record<string, unknown> = { id };
  for (const k of keys) plain[k] = getOrDefault(map, k, defaults);
  if (kind === 'actor' && !map.has('name')) plain.name = id;
  const parsed = schema.safeParse(plain);
  if (!parsed.success)
    return { ok: false, skipped: [{ kind, id, reason: formatIssues(parsed.error) }] };
  return { ok: true, value: parsed.data, skipped: [] };
}

/** Reads and validates an edge record. */
export function readEdgeRecord(id: string, map: unknown): RecordRead<Edge> {
  return readFlat('edge', id, map, EDGE_KEYS, FIELD_DEFAULTS.edge, EdgeSchema);
}

/** Reads and validates an actor record. */
export function readActorRecord(id: string, map: unknown): RecordRead<Actor> {
  return readFlat('actor', id, map, ACTOR_KEYS, FIELD_DEFAULTS.actor, ActorSchema);
}

/** Makes a flat record equal `target`, setting only the keys that differ. */
export function reconcileFlatRecord(
  map: Y.Map<YValue>,
  target: Record<string, unknown>,
  keys: readonly string[],
): void {
  if (map.get('id') !== target.id) map.set('id', target.id);
  for (const k of keys) setIfChanged(map, k, target[k]);
}
