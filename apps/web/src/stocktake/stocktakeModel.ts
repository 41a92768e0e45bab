import { BENCHMARK_STATUSES, DEFAULT_ANALYZE_OPTIONS, HORIZONS } from '@isf/framework';
import type { Benchmark, BenchmarkStatus, Board, Horizon, PlanNode } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

const DAY_MS = 86_400_000;

/**
 * Whether one benchmark is overdue for a stocktake, by the BENCHMARK-STALE rule: not achieved, and
 * last reviewed more than `staleAfterDays` before `now` — or never reviewed although its item has
 * started (`in-progress` or `done`).
 */
export function isBenchmarkStale(
  benchmark: Pick<Benchmark, 'status' | 'lastReviewed'>,
  nodeStatus: PlanNode['status'],
  now: Date,
  staleAfterDays: number = DEFAULT_ANALYZE_OPTIONS.staleAfterDays,
): boolean {
  if (benchmark.status === 'achieved') return false;
  if (benchmark.lastReviewed === null) return nodeStatus === 'in-progress' || nodeStatus === 'done';
  const reviewed = Date.parse(benchmark.lastReviewed);
  if (Number.isNaN(reviewed)) return false;
  return now.getTime() - reviewed > staleAfterDays * DAY_MS;
}

/** Today's date in the user's own time zone, as `YYYY-MM-DD` (not UTC: a review is dated locally). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The command that records a stocktake review of a benchmark by `reviewer` on `date` (default:
 * the store's clock, today in UTC).
 */
export function reviewCommand(
  nodeId: string,
  benchmarkId: string,
  status: BenchmarkStatus,
  reviewer: string,
  date?: string,
): BoardCommand {
  return {
    type: 'benchmark.setStatus',
    nodeId,
    benchmarkId,
    status,
    reviewer: reviewer || null,
    ...(date ? { date } : {}),
  };
}

/** Counts of benchmarks by status. */
export type StatusCounts = Record<BenchmarkStatus, number> & { total: number; stale: number };

function emptyCounts(): StatusCounts {
  const counts = { total: 0, stale: 0 } as StatusCounts;
  for (const s of BENCHMARK_STATUSES) counts[s] = 0;
  return counts;
}

/** One output (or other item with benchmarks) and its benchmarks per horizon. */
export interface StocktakeRow {
  node: PlanNode;
  byHorizon: Record<Horizon, Benchmark[]>;
}

/** One objective (null: outputs without an objective) with its rows and counts. */
export interface StocktakeGroup {
  objective: PlanNode | null;
  rows: StocktakeRow[];
  counts: StatusCounts;
}

function objectiveOf(board: Board, byId: Map<string, PlanNode>, node: PlanNode): string | null {
  if (node.kind === 'objective') return node.id;
  for (const e of board.edges) {
    if (
      e.kind === 'contributes' &&
      e.source === node.id &&
      byId.get(e.target)?.kind === 'objective'
    ) {
      return e.target;
    }
  }
  return null;
}

/**
 * The stocktake table: every output, and every other item that has benchmarks, grouped under its
 * objective, with benchmarks split by horizon and counts per objective (by status, and stale ones
 * as of `now`).
 */
export function stocktakeGroups(board: Board, now: Date): StocktakeGroup[] {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const groups = new Map<string | null, StocktakeGroup>();
  for (const o of board.nodes) {
    if (o.kind === 'objective') groups.set(o.id, { objective: o, rows: [], counts: emptyCounts() });
  }
  for (const node of board.nodes) {
    if (node.kind !== 'output' && node.benchmarks.length === 0) continue;
    const key = objectiveOf(board, byId, node);
    let group = groups.get(key);
    if (!group) {
      group = { objective: null, rows: [], counts: emptyCounts() };
      groups.set(key, group);
    }
    const byHorizon = { short: [], mid: [], long: [] } as Record<Horizon, Benchmark[]>;
    for (const b of node.benchmarks) {
      byHorizon[b.horizon].push(b);
      group.counts[b.status]++;
      group.counts.total++;
      if (isBenchmarkStale(b, node.status, now)) group.counts.stale++;
    }
    group.rows.push({ node, byHorizon });
  }
  return [...groups.values()].filter((g) => g.rows.length > 0 || g.objective !== null);
}

/** The horizons, for table columns. */
export const STOCKTAKE_HORIZONS: readonly Horizon[] = HORIZONS;

/** Whether a benchmark needs a senior manager's attention: at risk, or overdue for review. */
export function needsAttention(
  benchmark: Pick<Benchmark, 'status' | 'lastReviewed'>,
  nodeStatus: PlanNode['status'],
  now: Date,
): boolean {
  return benchmark.status === 'at-risk' || isBenchmarkStale(benchmark, nodeStatus, now);
}

/**
 * The groups with only the benchmarks that need attention (and only the rows that keep some);
 * the counts stay those of the whole objective.
 */
export function attentionOnly(groups: StocktakeGroup[], now: Date): StocktakeGroup[] {
  return groups.map((g) => ({
    ...g,
    rows: g.rows
      .map((r) => {
        const byHorizon = { short: [], mid: [], long: [] } as Record<Horizon, Benchmark[]>;
        for (const h of HORIZONS) {
          byHorizon[h] = r.byHorizon[h].filter((b) => needsAttention(b, r.node.status, now));
        }
        return { node: r.node, byHorizon };
      })
      .filter((r) => HORIZONS.some((h) => r.byHorizon[h].length > 0)),
  }));
}
