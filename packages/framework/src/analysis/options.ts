import type { RuleId } from '../schema/index';

/** Tunable thresholds of {@link analyzeBoard}. Every field is optional; see {@link DEFAULT_ANALYZE_OPTIONS}. */
export interface AnalyzeOptions {
  /** OVERLOAD: an actor may lead at most this many open items per horizon (more is reported). */
  overloadThreshold?: number;
  /** ALL-AT-ONCE: largest acceptable share (0..1) of activities in the short term. */
  allAtOnceShare?: number;
  /** ALL-AT-ONCE: the rule only runs on boards with at least this many activities. */
  allAtOnceMinActivities?: number;
  /** PRIORITY-INVERSION: items with a priority level up to this number (1 = highest) are checked. */
  highPriorityLevel?: number;
  /** BENCHMARK-STALE: a review older than this many days is stale. */
  staleAfterDays?: number;
  /** BENCHMARK-STALE: the current time (a `Date` or an ISO string). Without it the rule is skipped. */
  now?: Date | string;
  /** Run only these rules (default: all rules). */
  rules?: readonly RuleId[];
}

/** The thresholds {@link analyzeBoard} uses when an option is not given. */
export const DEFAULT_ANALYZE_OPTIONS = Object.freeze({
  overloadThreshold: 8,
  allAtOnceShare: 0.6,
  allAtOnceMinActivities: 5,
  highPriorityLevel: 2,
  staleAfterDays: 90,
});

/** Options with every threshold filled in; `now` is parsed to epoch milliseconds (null if absent/invalid). */
export interface ResolvedOptions {
  overloadThreshold: number;
  allAtOnceShare: number;
  allAtOnceMinActivities: number;
  highPriorityLevel: number;
  staleAfterDays: number;
  nowMs: number | null;
  rules: ReadonlySet<RuleId> | null;
}

const num = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && !Number.isNaN(value) ? value : fallback;

/** Fills in defaults; never throws (bad values fall back to the defaults, a bad `now` skips the rule). */
export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const d = DEFAULT_ANALYZE_OPTIONS;
  let nowMs: number | null = null;
  if (options.now instanceof Date) nowMs = options.now.getTime();
  else if (typeof options.now === 'string') nowMs = Date.parse(options.now);
  if (nowMs !== null && !Number.isFinite(nowMs)) nowMs = null;
  return {
    overloadThreshold: num(options.overloadThreshold, d.overloadThreshold),
    allAtOnceShare: num(options.allAtOnceShare, d.allAtOnceShare),
    allAtOnceMinActivities: num(options.allAtOnceMinActivities, d.allAtOnceMinActivities),
    highPriorityLevel: num(options.highPriorityLevel, d.highPriorityLevel),
    staleAfterDays: num(options.staleAfterDays, d.staleAfterDays),
    nowMs,
    rules: options.rules ? new Set(options.rules) : null,
  };
}
