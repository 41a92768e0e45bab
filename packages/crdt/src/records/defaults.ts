import * as Y from 'yjs';

/**
 * Values a record field reads as when its key is MISSING from the Y.Map (present-but-invalid values
 * still make the record invalid). Keys go missing in one known case: an undo re-creates a deleted
 * record, and a field a colleague overwrote while it was deleted has no value to bring back. Reading
 * the factory default keeps such a record whole and identical on every replica.
 * Keys that are never rewritten after creation (ids, edge kind/source/target) have no default.
 */
export const FIELD_DEFAULTS = {
  node: {
    kind: 'activity',
    title: '',
    description: '',
    horizon: 'short',
    priority: 3,
    status: 'planned',
    lead: null,
    funding: null,
    durationWeeks: null,
    ref: null,
    position: { x: 0, y: 0 },
  },
  benchmark: {
    horizon: 'short',
    text: '',
    status: 'not-started',
    lastReviewed: null,
    reviewedBy: null,
    evidence: '',
  },
  risk: { text: '', likelihood: null, impact: null, mitigation: '' },
  edge: { suggested: false, note: '' },
  actor: { abbrev: null, group: 'other-partner' },
} as const satisfies Record<string, Record<string, unknown>>;

/** `map.get(key)`, or `defaults[key]` when the key is missing (undefined if there is no default). */
export function getOrDefault(
  map: Y.Map<unknown>,
  key: string,
  defaults: Readonly<Record<string, unknown>>,
): unknown {
  if (map.has(key)) return map.get(key);
  return defaults[key];
}

/** True when `value` is a Y.Map. */
export const isYMap = (value: unknown): value is Y.Map<unknown> => value instanceof Y.Map;
