import type { BoardDiff, FieldChange, RecordDiff } from './BoardDiff';

/** Counts of a diff, for the UI (e.g. "3 added, 1 removed, 5 changed"). */
export interface DiffSummary {
  nodesAdded: number;
  nodesRemoved: number;
  nodesChanged: number;
  edgesAdded: number;
  edgesRemoved: number;
  edgesChanged: number;
  actorsAdded: number;
  actorsRemoved: number;
  actorsChanged: number;
  /** Number of meta field changes (title, horizon labels, …). */
  metaChanged: number;
  /** Distinct benchmarks added, removed or changed, over all changed nodes. */
  benchmarksChanged: number;
  /** Distinct risks added, removed or changed, over all changed nodes. */
  risksChanged: number;
  /** Sum of the record counts (nodes, edges, actors) plus meta changes. */
  total: number;
}

/** Whether the diff changes nothing. */
export function isEmptyDiff(diff: BoardDiff): boolean {
  const empty = (d: RecordDiff<unknown>): boolean =>
    d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
  return diff.meta.length === 0 && empty(diff.nodes) && empty(diff.edges) && empty(diff.actors);
}

function countSub(diff: BoardDiff, key: string): number {
  let count = 0;
  for (const node of diff.nodes.changed) {
    const ids = new Set(node.changes.filter((c) => c.path[0] === key).map((c) => c.path[1]));
    count += ids.size;
  }
  return count;
}

/** Counts the records a diff adds, removes and changes. */
export function summarizeDiff(diff: BoardDiff): DiffSummary {
  const s = {
    nodesAdded: diff.nodes.added.length,
    nodesRemoved: diff.nodes.removed.length,
    nodesChanged: diff.nodes.changed.length,
    edgesAdded: diff.edges.added.length,
    edgesRemoved: diff.edges.removed.length,
    edgesChanged: diff.edges.changed.length,
    actorsAdded: diff.actors.added.length,
    actorsRemoved: diff.actors.removed.length,
    actorsChanged: diff.actors.changed.length,
    metaChanged: diff.meta.length,
    benchmarksChanged: countSub(diff, 'benchmarks'),
    risksChanged: countSub(diff, 'risks'),
  };
  const total =
    s.nodesAdded +
    s.nodesRemoved +
    s.nodesChanged +
    s.edgesAdded +
    s.edgesRemoved +
    s.edgesChanged +
    s.actorsAdded +
    s.actorsRemoved +
    s.actorsChanged +
    s.metaChanged;
  return { ...s, total };
}

const invertChange = (c: FieldChange): FieldChange => ({
  path: [...c.path],
  before: c.after,
  after: c.before,
});

function invertRecords<T>(d: RecordDiff<T>): RecordDiff<T> {
  return {
    added: [...d.removed],
    removed: [...d.added],
    changed: d.changed.map((r) => ({ id: r.id, changes: r.changes.map(invertChange) })),
  };
}

/**
 * The diff that undoes `diff`: `applyDiff(applyDiff(a, d), invertDiff(d))` equals `a`
 * (after `normalizeBoard`) when `d = diffBoards(a, b)`. Records are shared, not copied.
 */
export function invertDiff(diff: BoardDiff): BoardDiff {
  return {
    meta: diff.meta.map(invertChange),
    nodes: invertRecords(diff.nodes),
    edges: invertRecords(diff.edges),
    actors: invertRecords(diff.actors),
  };
}
