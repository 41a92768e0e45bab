import type { Actor } from '../schema/actor';
import type { Edge } from '../schema/edge';
import type { PlanNode } from '../schema/node';

/**
 * One field-level change. `path` names the field inside the record, e.g. `['priority']`,
 * `['support']`, `['benchmarks', '<benchmarkId>', 'status']`, `['position', 'x']`.
 * A whole sub-record added or removed (a benchmark, a risk) has `before` or `after` undefined
 * and a path of `['benchmarks', '<id>']`.
 */
export interface FieldChange {
  path: string[];
  before: unknown;
  after: unknown;
}

/** The field changes of one record present on both sides. */
export interface RecordChange {
  id: string;
  changes: FieldChange[];
}

/** Added / removed / changed records of one kind. Added and removed carry the whole record. */
export interface RecordDiff<T> {
  added: T[];
  removed: T[];
  changed: RecordChange[];
}

/**
 * A semantic diff between two boards (`diffBoards(a, b)`), from `a` (before) to `b` (after).
 * `applyDiff(a, diffBoards(a, b))` equals `b` (after `normalizeBoard`).
 */
export interface BoardDiff {
  meta: FieldChange[];
  nodes: RecordDiff<PlanNode>;
  edges: RecordDiff<Edge>;
  actors: RecordDiff<Actor>;
}
