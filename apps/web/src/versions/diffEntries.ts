import type {
  Actor,
  Benchmark,
  Board,
  BoardDiff,
  Edge,
  FieldChange,
  PlanNode,
} from '@isf/framework';

/** Node fields listed as "old → new" (lead, support, position, benchmarks and risks have their own entries). */
export type NodeField =
  | 'kind'
  | 'title'
  | 'description'
  | 'priority'
  | 'horizon'
  | 'status'
  | 'tags'
  | 'funding'
  | 'durationWeeks'
  | 'ref';

/** One line of the list of changes between two versions. */
export type DiffEntry =
  | { type: 'node-added' | 'node-removed'; node: PlanNode }
  | { type: 'node-field'; nodeId: string; field: NodeField; before: unknown; after: unknown }
  | { type: 'lead'; nodeId: string; before: string | null; after: string | null }
  | { type: 'support'; nodeId: string; added: string[]; removed: string[] }
  | { type: 'moved'; nodeId: string }
  | { type: 'benchmark-added' | 'benchmark-removed'; nodeId: string; benchmark: Benchmark }
  | {
      type: 'benchmark-status';
      nodeId: string;
      benchmarkId: string;
      before: unknown;
      after: unknown;
      reviewer: string | null;
    }
  | {
      type: 'benchmark-field';
      nodeId: string;
      benchmarkId: string;
      field: string;
      before: unknown;
      after: unknown;
    }
  | { type: 'risks'; nodeId: string; count: number }
  | { type: 'edge-added' | 'edge-removed'; edge: Edge }
  | { type: 'edge-changed'; edge: Edge; field: string; before: unknown; after: unknown }
  | { type: 'actor-added' | 'actor-removed'; actor: Actor }
  | { type: 'actor-changed'; actorId: string; field: string; before: unknown; after: unknown }
  | { type: 'meta'; field: string; before: unknown; after: unknown };

const FLAT_FIELDS = new Set<string>([
  'kind',
  'title',
  'description',
  'priority',
  'horizon',
  'status',
  'tags',
  'funding',
  'durationWeeks',
  'ref',
]);

const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function nodeEntries(nodeId: string, changes: FieldChange[]): DiffEntry[] {
  const out: DiffEntry[] = [];
  const riskIds = new Set<string>();
  const statusChanged = new Set<string>();
  for (const c of changes) {
    if (c.path[0] === 'benchmarks' && c.path[2] === 'status' && c.path[1]) {
      statusChanged.add(c.path[1]);
    }
  }
  for (const c of changes) {
    const [field, subId, subField] = c.path;
    if (field === undefined) continue;
    if (FLAT_FIELDS.has(field)) {
      out.push({
        type: 'node-field',
        nodeId,
        field: field as NodeField,
        before: c.before,
        after: c.after,
      });
    } else if (field === 'lead') {
      const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
      out.push({ type: 'lead', nodeId, before: str(c.before), after: str(c.after) });
    } else if (field === 'support') {
      const before = new Set(ids(c.before));
      const after = new Set(ids(c.after));
      out.push({
        type: 'support',
        nodeId,
        added: [...after].filter((x) => !before.has(x)),
        removed: [...before].filter((x) => !after.has(x)),
      });
    } else if (field === 'position') {
      out.push({ type: 'moved', nodeId });
    } else if (field === 'benchmarks' && subId !== undefined) {
      if (subField === undefined) {
        if (c.after !== undefined) {
          out.push({ type: 'benchmark-added', nodeId, benchmark: c.after as Benchmark });
        } else {
          out.push({ type: 'benchmark-removed', nodeId, benchmark: c.before as Benchmark });
        }
      } else if (subField === 'status') {
        const reviewer = changes.find(
          (x) => x.path[0] === 'benchmarks' && x.path[1] === subId && x.path[2] === 'reviewedBy',
        )?.after;
        out.push({
          type: 'benchmark-status',
          nodeId,
          benchmarkId: subId,
          before: c.before,
          after: c.after,
          reviewer: typeof reviewer === 'string' ? reviewer : null,
        });
      } else if (
        (subField === 'lastReviewed' || subField === 'reviewedBy') &&
        statusChanged.has(subId)
      ) {
        // Folded into the status entry.
      } else {
        out.push({
          type: 'benchmark-field',
          nodeId,
          benchmarkId: subId,
          field: subField,
          before: c.before,
          after: c.after,
        });
      }
    } else if (field === 'risks' && subId !== undefined) {
      riskIds.add(subId);
    }
  }
  if (riskIds.size > 0) out.push({ type: 'risks', nodeId, count: riskIds.size });
  return out;
}

/**
 * Flattens a `BoardDiff` into list entries: removed nodes and edges first (what is most often
 * missed), then added ones, then changes per node (fields, lead, supporters, benchmarks), edges,
 * entities and the board's meta. `after` supplies the current edges for changed ones.
 */
export function diffEntries(diff: BoardDiff, after: Pick<Board, 'edges'> | null): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const node of diff.nodes.removed) out.push({ type: 'node-removed', node });
  for (const edge of diff.edges.removed) out.push({ type: 'edge-removed', edge });
  for (const node of diff.nodes.added) out.push({ type: 'node-added', node });
  for (const edge of diff.edges.added) out.push({ type: 'edge-added', edge });
  for (const r of diff.nodes.changed) out.push(...nodeEntries(r.id, r.changes));
  const edges = new Map((after?.edges ?? []).map((e) => [e.id, e]));
  for (const r of diff.edges.changed) {
    const edge = edges.get(r.id);
    if (!edge) continue;
    for (const c of r.changes) {
      out.push({
        type: 'edge-changed',
        edge,
        field: c.path.join('.'),
        before: c.before,
        after: c.after,
      });
    }
  }
  for (const actor of diff.actors.removed) out.push({ type: 'actor-removed', actor });
  for (const actor of diff.actors.added) out.push({ type: 'actor-added', actor });
  for (const r of diff.actors.changed) {
    for (const c of r.changes) {
      out.push({
        type: 'actor-changed',
        actorId: r.id,
        field: c.path.join('.'),
        before: c.before,
        after: c.after,
      });
    }
  }
  for (const c of diff.meta) {
    if (c.path[0] === 'schemaVersion') continue;
    out.push({ type: 'meta', field: c.path.join('.'), before: c.before, after: c.after });
  }
  return out;
}

/** Ids of nodes a diff touches, by how: for markers on the comparison canvas. */
export function diffNodeMarks(diff: BoardDiff): {
  added: Set<string>;
  removed: Set<string>;
  changed: Map<string, FieldChange[]>;
} {
  return {
    added: new Set(diff.nodes.added.map((n) => n.id)),
    removed: new Set(diff.nodes.removed.map((n) => n.id)),
    changed: new Map(diff.nodes.changed.map((r) => [r.id, r.changes])),
  };
}
