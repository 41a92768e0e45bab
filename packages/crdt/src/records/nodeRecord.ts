import * as Y from 'yjs';
import type { ZodError } from 'zod';
import {
  BenchmarkSchema,
  PlanNodeSchema,
  RiskSchema,
  type Benchmark,
  type PlanNode,
  type Risk,
} from '@isf/framework';
import type { YValue } from '../layout';
import { FIELD_DEFAULTS, getOrDefault } from './defaults';
import { formatIssues, type RecordRead, type SkippedRecord } from './SkippedRecord';
import {
  makeSet,
  makeText,
  readSet,
  readText,
  reconcileSet,
  replaceText,
  setIfChanged,
} from './yhelpers';

/** Scalar keys of a node record, stored as plain values (last writer wins per key). */
export const NODE_SCALAR_KEYS = [
  'kind',
  'horizon',
  'priority',
  'status',
  'lead',
  'funding',
  'durationWeeks',
  'ref',
] as const;
export type NodeScalarKey = (typeof NODE_SCALAR_KEYS)[number];

/** Keys of a node record holding a Y.Text. */
export const NODE_TEXT_KEYS = ['title', 'description'] as const;
export type NodeTextKey = (typeof NODE_TEXT_KEYS)[number];

const TEXT_MAX = {
  title: PlanNodeSchema.shape.title.maxLength ?? 500,
  description: PlanNodeSchema.shape.description.maxLength ?? 20000,
} as const;

/** Keys of a node record holding a set (Y.Map member → true). */
export const NODE_SET_KEYS = ['support', 'tags'] as const;

const BENCHMARK_KEYS = [
  'horizon',
  'text',
  'status',
  'lastReviewed',
  'reviewedBy',
  'evidence',
] as const;
const RISK_KEYS = ['text', 'likelihood', 'impact', 'mitigation'] as const;

/** Builds a flat Y.Map record from plain fields (id included). */
function makeFlatMap(record: Record<string, unknown>): Y.Map<YValue> {
  const map = new Y.Map<YValue>();
  for (const [k, v] of Object.entries(record)) map.set(k, v);
  return map;
}

/** Creates the Y.Map of a benchmark. */
export function benchmarkToYMap(b: Benchmark): Y.Map<YValue> {
  return makeFlatMap({ ...b });
}

/** Creates the Y.Map of a risk. */
export function riskToYMap(r: Risk): Y.Map<YValue> {
  return makeFlatMap({ ...r });
}

/** Creates the Y.Map record of a node (see README for the layout). */
export function nodeToYMap(node: PlanNode): Y.Map<YValue> {
  const map = new Y.Map<YValue>();
  map.set('id', node.id);
  for (const k of NODE_SCALAR_KEYS) map.set(k, node[k]);
  map.set('title', makeText(node.title));
  map.set('description', makeText(node.description));
  map.set('position', { x: node.position.x, y: node.position.y });
  map.set('support', makeSet(node.support));
  map.set('tags', makeSet(node.tags));
  const benchmarks = new Y.Map<Y.Map<YValue>>();
  for (const b of node.benchmarks) benchmarks.set(b.id, benchmarkToYMap(b));
  map.set('benchmarks', benchmarks);
  const risks = new Y.Map<Y.Map<YValue>>();
  for (const r of node.risks) risks.set(r.id, riskToYMap(r));
  map.set('risks', risks);
  return map;
}

function readSubRecords<T>(
  value: YValue,
  nodeId: string,
  kind: 'benchmark' | 'risk',
  keys: readonly string[],
  defaults: Readonly<Record<string, unknown>>,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError };
  },
  skipped: SkippedRecord[],
): unknown {
  if (value === undefined) return []; // missing key: see FIELD_DEFAULTS
  if (!(value instanceof Y.Map)) return value;
  const out: T[] = [];
  for (const [id, sub] of value.entries()) {
    if (!(sub instanceof Y.Map)) {
      skipped.push({ kind, id: `${nodeId}/${id}`, reason: 'not a Y.Map' });
      continue;
    }
    const plain: Record<string, unknown> = { id };
    for (const k of keys) plain[k] = getOrDefault(sub, k, defaults);
    const parsed = schema.safeParse(plain);
    if (parsed.success) out.push(parsed.data);
    else skipped.push({ kind, id: `${nodeId}/${id}`, reason: formatIssues(parsed.error) });
  }
  return out.sort((a, b) => {
    const ia = (a as { id: string }).id;
    const ib = (b as { id: string }).id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

/**
 * Reads and validates a node record. Invalid benchmarks/risks are skipped (reported) and the node
 * kept; any other invalid field skips the whole node.
 */
export function readNodeRecord(id: string, map: unknown): RecordRead<PlanNode> {
  if (!(map instanceof Y.Map)) {
    return { ok: false, skipped: [{ kind: 'node', id, reason: 'not a Y.Map' }] };
  }
  const skipped: SkippedRecord[] = [];
  const plain: Record<string, unknown> = { id };
  if (map.get('id') !== id) {
    return { ok: false, skipped: [{ kind: 'node', id, reason: 'id field does not match key' }] };
  }
  const d = FIELD_DEFAULTS.node;
  for (const k of NODE_SCALAR_KEYS) plain[k] = getOrDefault(map, k, d);
  for (const k of NODE_TEXT_KEYS) {
    const value = readText(getOrDefault(map, k, d));
    const max = TEXT_MAX[k];
    if (typeof value === 'string' && value.length > max) {
      // Concurrent typing can merge past the limit: show the start rather than drop the node.
      plain[k] = value.slice(0, max);
      skipped.push({
        kind: 'node',
        id: `${id}/${k}`,
        reason: `longer than ${max}; truncated in read`,
      });
    } else plain[k] = value;
  }
  plain.position = getOrDefault(map, 'position', d);
  const support = map.has('support') ? readSet(map.get('support')) : [];
  // The lead is never also a supporter (a concurrent lead.set / support.add can put it in both):
  // hide it here, deterministically on every replica; it reappears if the lead changes.
  plain.support = Array.isArray(support) ? support.filter((a) => a !== plain.lead) : support;
  plain.tags = map.has('tags') ? readSet(map.get('tags')) : [];
  plain.benchmarks = readSubRecords<Benchmark>(
    map.get('benchmarks'),
    id,
    'benchmark',
    BENCHMARK_KEYS,
    FIELD_DEFAULTS.benchmark,
    BenchmarkSchema,
    skipped,
  );
  plain.risks = readSubRecords<Risk>(
    map.get('risks'),
    id,
    'risk',
    RISK_KEYS,
    FIELD_DEFAULTS.risk,
    RiskSchema,
    skipped,
  );
  const parsed = PlanNodeSchema.safeParse(plain);
  if (!parsed.success) {
    return { ok: false, skipped: [{ kind: 'node', id, reason: formatIssues(parsed.error) }] };
  }
  return { ok: true, value: parsed.data, skipped };
}

/** Sets only the fields of a flat sub-record that differ from `target`. */
function reconcileFlat(
  map: Y.Map<YValue>,
  target: Record<string, unknown>,
  keys: readonly string[],
): void {
  for (const k of keys) setIfChanged(map, k, target[k]);
}

function reconcileSubRecords<T extends { id: string }>(
  container: Y.Map<YValue>,
  key: 'benchmarks' | 'risks',
  targets: readonly T[],
  keys: readonly string[],
  make: (t: T) => Y.Map<YValue>,
): void {
  let subs = container.get(key);
  if (!(subs instanceof Y.Map)) {
    subs = new Y.Map<YValue>();
    container.set(key, subs);
  }
  const map = subs as Y.Map<YValue>;
  const wanted = new Map(targets.map((t) => [t.id, t]));
  for (const id of Array.from(map.keys())) if (!wanted.has(id)) map.delete(id);
  for (const [id, t] of wanted) {
    const sub = map.get(id);
    if (sub instanceof Y.Map) {
      if (sub.get('id') !== id) sub.set('id', id);
      reconcileFlat(sub as Y.Map<YValue>, t as unknown as Record<string, unknown>, keys);
    } else map.set(id, make(t));
  }
}

/**
 * Makes an existing node record equal `target`, writing only the fields that differ (per-field,
 * per-character, per-set-member), so concurrent edits of other fields survive. Pass `only` to limit
 * which top-level fields are touched.
 */
export function reconcileNode(
  map: Y.Map<YValue>,
  target: PlanNode,
  only?: ReadonlySet<keyof PlanNode>,
): void {
  const touch = (k: keyof PlanNode): boolean => only === undefined || only.has(k);
  if (map.get('id') !== target.id) map.set('id', target.id);
  for (const k of NODE_SCALAR_KEYS) if (touch(k)) setIfChanged(map, k, target[k]);
  for (const k of NODE_TEXT_KEYS) {
    if (!touch(k)) continue;
    const text = map.get(k);
    if (text instanceof Y.Text) replaceText(text, target[k]);
    else map.set(k, makeText(target[k]));
  }
  if (touch('position'))
    setIfChanged(map, 'position', { x: target.position.x, y: target.position.y });
  for (const k of ['support', 'tags'] as const) {
    if (!touch(k)) continue;
    const set = map.get(k);
    if (set instanceof Y.Map) reconcileSet(set, target[k]);
    else map.set(k, makeSet(target[k]));
  }
  if (touch('benchmarks')) {
    reconcileSubRecords(map, 'benchmarks', target.benchmarks, BENCHMARK_KEYS, benchmarkToYMap);
  }
  if (touch('risks')) reconcileSubRecords(map, 'risks', target.risks, RISK_KEYS, riskToYMap);
}

/** Sets only the differing fields of a benchmark or risk sub-record. */
export function reconcileSubRecord(sub: Y.Map<YValue>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) setIfChanged(sub, k, v);
}
