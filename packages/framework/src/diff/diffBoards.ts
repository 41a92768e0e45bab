import type { Board } from '../schema/board';
import type { BoardDiff, FieldChange, RecordDiff } from './BoardDiff';
import { clonePlain, deepEqual, isRecord, orderedKeys } from './values';

/** Node fields in the order their changes are listed. */
export const NODE_FIELD_ORDER = [
  'kind',
  'title',
  'description',
  'priority',
  'horizon',
  'status',
  'lead',
  'support',
  'tags',
  'funding',
  'durationWeeks',
  'position',
  'benchmarks',
  'risks',
  'ref',
] as const;
const BENCHMARK_FIELD_ORDER = [
  'horizon',
  'text',
  'status',
  'lastReviewed',
  'reviewedBy',
  'evidence',
];
const RISK_FIELD_ORDER = ['text', 'likelihood', 'impact', 'mitigation'];
const EDGE_FIELD_ORDER = ['kind', 'source', 'target', 'suggested', 'note'];
const ACTOR_FIELD_ORDER = ['name', 'abbrev', 'group'];
const META_FIELD_ORDER = ['title', 'schemaVersion', 'horizonLabels'];

/** Sub-record lists of a node, diffed per id: field → order of the sub-record's fields. */
const SUB_RECORDS: Readonly<Record<string, readonly string[]>> = {
  benchmarks: BENCHMARK_FIELD_ORDER,
  risks: RISK_FIELD_ORDER,
};

type Plain = Record<string, unknown>;
const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Field changes between two flat records (except `id`); values compared structurally. */
function diffFlat(
  before: Plain,
  after: Plain,
  order: readonly string[],
  prefix: string[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of orderedKeys([...Object.keys(before), ...Object.keys(after)], order)) {
    if (key === 'id' || deepEqual(before[key], after[key])) continue;
    changes.push({
      path: [...prefix, key],
      before: clonePlain(before[key]),
      after: clonePlain(after[key]),
    });
  }
  return changes;
}

/** Changes of a list of sub-records keyed by id: whole added/removed ones, or their fields. */
function diffSubRecords(
  key: string,
  before: unknown,
  after: unknown,
  order: readonly string[],
): FieldChange[] {
  const asMap = (v: unknown): Map<string, Plain> =>
    new Map(
      (Array.isArray(v) ? v : [])
        .filter((x): x is Plain & { id: string } => isRecord(x) && typeof x['id'] === 'string')
        .map((x) => [x.id, x]),
    );
  const a = asMap(before);
  const b = asMap(after);
  const changes: FieldChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    if (x === undefined) changes.push({ path: [key, id], before: undefined, after: clonePlain(y) });
    else if (y === undefined)
      changes.push({ path: [key, id], before: clonePlain(x), after: undefined });
    else changes.push(...diffFlat(x, y, order, [key, id]));
  }
  return changes;
}

/** Field changes of one node: flat fields (position as a whole), benchmarks and risks per id. */
function diffNode(before: Plain, after: Plain): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of orderedKeys(
    [...Object.keys(before), ...Object.keys(after)],
    NODE_FIELD_ORDER,
  )) {
    if (key === 'id') continue;
    const sub = SUB_RECORDS[key];
    if (sub !== undefined) changes.push(...diffSubRecords(key, before[key], after[key], sub));
    else changes.push(...diffFlat({ [key]: before[key] }, { [key]: after[key] }, [], []));
  }
  return changes;
}

function diffMeta(before: Plain, after: Plain): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of orderedKeys(
    [...Object.keys(before), ...Object.keys(after)],
    META_FIELD_ORDER,
  )) {
    const x = before[key];
    const y = after[key];
    if (isRecord(x) && isRecord(y))
      changes.push(...diffFlat(x, y, ['short', 'mid', 'long'], [key]));
    else changes.push(...diffFlat({ [key]: x }, { [key]: y }, [], []));
  }
  return changes;
}

function diffCollection<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  diffRecord: (x: Plain, y: Plain) => FieldChange[],
): RecordDiff<T> {
  const a = new Map(before.map((r) => [r.id, r]));
  const b = new Map(after.map((r) => [r.id, r]));
  const result: RecordDiff<T> = { added: [], removed: [], changed: [] };
  for (const [id, r] of b) if (!a.has(id)) result.added.push(clonePlain(r));
  for (const [id, r] of a) if (!b.has(id)) result.removed.push(clonePlain(r));
  for (const [id, x] of a) {
    const y = b.get(id);
    if (y === undefined) continue;
    const changes = diffRecord(x as unknown as Plain, y as unknown as Plain);
    if (changes.length > 0) result.changed.push({ id, changes });
  }
  result.added.sort(byId);
  result.removed.sort(byId);
  result.changed.sort(byId);
  return result;
}

/**
 * The semantic difference from board `a` (before) to board `b` (after): nodes, edges and actors
 * added / removed (whole records) / changed (field by field, old → new), and meta changes.
 * Node changes list `support` and `tags` as whole arrays, `position` as a whole object, and
 * benchmarks and risks per id (`['benchmarks', id]` for a whole one added or removed,
 * `['benchmarks', id, field]` for a field). Records are matched by id (ids must be unique);
 * array order of nodes/edges/actors does not matter. Deterministic: records sorted by id,
 * fields in a fixed order. The diff shares no objects with the boards.
 */
export function diffBoards(a: Board, b: Board): BoardDiff {
  return {
    meta: diffMeta(a.meta, b.meta),
    nodes: diffCollection(a.nodes, b.nodes, diffNode),
    edges: diffCollection(a.edges, b.edges, (x, y) => diffFlat(x, y, EDGE_FIELD_ORDER, [])),
    actors: diffCollection(a.actors, b.actors, (x, y) => diffFlat(x, y, ACTOR_FIELD_ORDER, [])),
  };
}
