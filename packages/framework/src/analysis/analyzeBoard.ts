import type { Finding } from '../schema/index';
import { buildBoardIndex, type AnalyzableBoard } from './boardIndex';
import { compareFindings } from './findings';
import { resolveOptions, type AnalyzeOptions } from './options';
import { allAtOnce } from './rules/allAtOnce';
import { benchmarkStale } from './rules/benchmarkStale';
import { contributesShape } from './rules/contributesShape';
import { priCycle } from './rules/cycles';
import { danglingEdge } from './rules/danglingEdge';
import { horizonInversion } from './rules/horizonInversion';
import { noLead } from './rules/noLead';
import { orphan } from './rules/orphan';
import { overload } from './rules/overload';
import { priLevel } from './rules/priLevel';
import { priorityInversion } from './rules/priorityInversion';
import { seqCycle } from './rules/seqCycle';
import type { Rule } from './rules/types';

/** Every rule, in `RULE_IDS` order. */
export const RULES: readonly Rule[] = [
  seqCycle,
  priCycle,
  priLevel,
  horizonInversion,
  priorityInversion,
  contributesShape,
  danglingEdge,
  orphan,
  noLead,
  overload,
  allAtOnce,
  benchmarkStale,
];

/**
 * Checks a board against every analysis rule (see SPEC.md) and returns the findings in canonical
 * order (severity, rule, node ids, edge ids). Pure and deterministic; never throws on a board whose
 * nodes and edges satisfy the schemas, including dangling edges, self-loops and duplicates.
 * Runs in O(V + E) plus the size of the findings (and a sort if the arrays are not sorted by id).
 *
 * @param board - at least `nodes` and `edges`; `actors` (names in messages) and `meta` (horizon labels) are optional.
 * @param options - thresholds, `now` for BENCHMARK-STALE, and an optional subset of rules.
 */
export function analyzeBoard(board: AnalyzableBoard, options?: AnalyzeOptions): Finding[] {
  const ctx = { index: buildBoardIndex(board), options: resolveOptions(options) };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (ctx.options.rules && !ctx.options.rules.has(rule.id)) continue;
    for (const f of rule.check(ctx)) findings.push(f);
  }
  return findings.sort(compareFindings);
}
