import type { Benchmark } from '../schema/benchmark';
import type { Board } from '../schema/board';
import { horizonIndex } from '../schema/common';
import type { PlanNode } from '../schema/node';
import { CSV_COLUMNS, LIST_SEPARATOR, encodeBenchmarks, encodeRisks } from './csvCells';
import type { CsvColumn } from './csvCells';
import { formatCsv } from './csvCodec';

const natural = new Intl.Collator('en', { numeric: true });
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byXY = (a: PlanNode, b: PlanNode): number =>
  a.position.x - b.position.x || a.position.y - b.position.y || byText(a.id, b.id);
const byYX = (a: PlanNode, b: PlanNode): number =>
  a.position.y - b.position.y || a.position.x - b.position.x || byText(a.id, b.id);

/** Benchmarks in export order: by horizon, then by id (numbers inside ids compared as numbers). */
function benchmarkOrder(a: Benchmark, b: Benchmark): number {
  return (
    horizonIndex(a.horizon) - horizonIndex(b.horizon) ||
    natural.compare(a.id, b.id) ||
    byText(a.id, b.id)
  );
}

/**
 * The tree CSV can carry: each activity's parent is the output it contributes to (first such
 * edge by id), else the objective; each output's parent is the first objective it contributes to.
 */
export function csvParents(board: Board): Map<string, PlanNode> {
  const nodes = new Map(board.nodes.map((n) => [n.id, n]));
  const parents = new Map<string, PlanNode>();
  const edges = board.edges
    .filter((e) => e.kind === 'contributes')
    .sort((a, b) => byText(a.id, b.id));
  for (const wanted of ['output', 'objective'] as const) {
    for (const e of edges) {
      const child = nodes.get(e.source);
      const parent = nodes.get(e.target);
      if (child === undefined || parent === undefined || parents.has(child.id)) continue;
      if (parent.kind !== wanted) continue;
      if (
        (child.kind === 'activity' && wanted === 'output') ||
        (child.kind !== 'objective' && wanted === 'objective')
      ) {
        parents.set(child.id, parent);
      }
    }
  }
  return parents;
}

/** Nodes in CSV row order: each objective, its outputs each followed by their activities, … */
function rowOrder(board: Board, parents: Map<string, PlanNode>): PlanNode[] {
  const children = new Map<string, PlanNode[]>();
  const roots: PlanNode[] = [];
  for (const n of board.nodes) {
    const p = parents.get(n.id);
    if (p === undefined) roots.push(n);
    else children.set(p.id, [...(children.get(p.id) ?? []), n]);
  }
  const kids = (id: string, kind: PlanNode['kind'], order: typeof byXY) =>
    (children.get(id) ?? []).filter((c) => c.kind === kind).sort(order);
  const out: PlanNode[] = [];
  const withActivities = (o: PlanNode): void => {
    out.push(o, ...kids(o.id, 'activity', byYX));
  };
  for (const objective of roots.filter((n) => n.kind === 'objective').sort(byXY)) {
    out.push(objective);
    kids(objective.id, 'output', byXY).forEach(withActivities);
    out.push(...kids(objective.id, 'activity', byYX));
  }
  roots
    .filter((n) => n.kind === 'output')
    .sort(byXY)
    .forEach(withActivities);
  out.push(...roots.filter((n) => n.kind === 'activity').sort(byXY));
  return out;
}

/** Options of `exportCsv`. */
export interface ExportCsvOptions {
  /** Start with a UTF-8 byte order mark (helps Excel detect the encoding). Default false. */
  bom?: boolean;
}

/**
 * Writes the board as CSV (RFC 4180, CRLF), one row per node: each objective, then each of its
 * outputs followed by that output's activities (an activity's row names its objective and
 * output too). Ordered as on the canvas (left to right, top to bottom). See the package README
 * for the columns and what CSV does not carry.
 */
export function exportCsv(board: Board, options: ExportCsvOptions = {}): string {
  const parents = csvParents(board);
  const incoming = new Map<string, string[]>();
  for (const e of board.edges) {
    if (e.kind !== 'sequence') continue;
    const key = `${e.suggested ? 's' : 'a'}:${e.target}`;
    incoming.set(key, [...(incoming.get(key) ?? []), e.source]);
  }
  /** Sources of the (agreed or suggested) sequence edges into `id`, sorted, without repeats. */
  const predecessors = (id: string, suggested: boolean): string =>
    [...new Set(incoming.get(`${suggested ? 's' : 'a'}:${id}`) ?? [])]
      .sort(byText)
      .join(LIST_SEPARATOR);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const node of rowOrder(board, parents)) {
    const cells: Partial<Record<CsvColumn, string>> = {};
    const chain: PlanNode[] = [];
    for (let n: PlanNode | undefined = node; n !== undefined; n = parents.get(n.id)) chain.push(n);
    for (const n of chain) {
      cells[`${n.kind}_id`] = n.id;
      cells[n.kind] = n.title;
    }
    Object.assign(cells, {
      description: node.description,
      lead: node.lead ?? '',
      support: node.support.join(LIST_SEPARATOR),
      horizon: node.horizon,
      priority: String(node.priority),
      status: node.status,
      tags: node.tags.join(LIST_SEPARATOR),
      funding: node.funding ?? '',
      duration_weeks: node.durationWeeks === null ? '' : String(node.durationWeeks),
      predecessors: predecessors(node.id, false),
      suggested_predecessors: predecessors(node.id, true),
      benchmarks: encodeBenchmarks([...node.benchmarks].sort(benchmarkOrder)),
      risks: encodeRisks(
        [...node.risks].sort((a, b) => natural.compare(a.id, b.id) || byText(a.id, b.id)),
      ),
      ref: node.ref ?? '',
    } satisfies Partial<Record<CsvColumn, string>>);
    rows.push(CSV_COLUMNS.map((c) => cells[c] ?? ''));
  }
  return (options.bom === true ? '\uFEFF' : '') + formatCsv(rows);
}
