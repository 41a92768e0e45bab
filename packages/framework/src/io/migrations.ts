import { DEFAULT_HORIZON_LABELS } from '../schema/board';

/**
 * One step of the board data layout, `from` → `to` (= `from + 1`). `migrate` receives the
 * `board` of an export file in layout `from` (unvalidated JSON) and returns it in layout `to`.
 * It must never throw: it leaves what it does not understand alone and zod reports it later.
 */
export interface Migration {
  from: number;
  to: number;
  description: string;
  migrate: (board: unknown) => unknown;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns a copy of `record` with `defaults` for the keys it lacks (or the value untouched). */
function withDefaults(record: unknown, defaults: Plain): unknown {
  if (!isPlain(record)) return record;
  const out: Plain = { ...record };
  for (const [key, value] of Object.entries(defaults)) if (!(key in out)) out[key] = value;
  return out;
}

const mapList = (list: unknown, f: (x: unknown) => unknown): unknown =>
  Array.isArray(list) ? list.map(f) : list;

/**
 * Layout 0: the pre-release layout (prototype exports). Compared with layout 1 it had no
 * `meta.schemaVersion` and no `meta.horizonLabels`; nodes had no `risks`, `ref`, `funding` or
 * `durationWeeks`; benchmarks no `reviewedBy` or `evidence`; edges no `suggested` or `note`;
 * actors no `abbrev`.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description:
    'add schemaVersion, horizon labels, risks, ref, funding, duration, review fields, edge notes',
  migrate(board) {
    if (!isPlain(board)) return board;
    const meta = withDefaults(board['meta'], { horizonLabels: { ...DEFAULT_HORIZON_LABELS } });
    return {
      ...board,
      meta: isPlain(meta) ? { ...meta, schemaVersion: 1 } : meta,
      nodes: mapList(board['nodes'], (n) => {
        const node = withDefaults(n, { risks: [], ref: null, funding: null, durationWeeks: null });
        if (!isPlain(node)) return node;
        return {
          ...node,
          benchmarks: mapList(node['benchmarks'], (b) =>
            withDefaults(b, { reviewedBy: null, evidence: '' }),
          ),
        };
      }),
      edges: mapList(board['edges'], (e) => withDefaults(e, { suggested: false, note: '' })),
      actors: mapList(board['actors'], (a) => withDefaults(a, { abbrev: null })),
    };
  },
};

/** Every migration, in order; `importJson` runs those from the file's version upwards. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/**
 * Runs the migrations from `fromVersion` to `toVersion`. Returns the migrated board, or the
 * version at which no migration step exists.
 */
export function migrateBoard(
  board: unknown,
  fromVersion: number,
  toVersion: number,
): { board: unknown } | { missingFrom: number } {
  let current = board;
  for (let version = fromVersion; version < toVersion;) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (step === undefined || step.to <= version) return { missingFrom: version };
    current = step.migrate(current);
    version = step.to;
  }
  return { board: current };
}
