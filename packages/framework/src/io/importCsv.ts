import type { Actor } from '../schema/actor';
import {
  BoardMetaSchema,
  DEFAULT_HORIZON_LABELS,
  SCHEMA_VERSION,
  normalizeBoard,
} from '../schema/board';
import type { Board } from '../schema/board';
import { CROSS_CUTTING_TAGS, HORIZONS, IdSchema } from '../schema/common';
import type { CrossCuttingTag, IdGenerator } from '../schema/common';
import type { Edge } from '../schema/edge';
import { FUNDING_SOURCES, NODE_STATUSES, PlanNodeSchema, createNode } from '../schema/node';
import type { NodeKind, PlanNode } from '../schema/node';
import { layoutTree } from '../template/layoutTree';
import type { BoardTree } from '../template/layoutTree';
import { studyActors } from '../template/studyTemplate';
import { checkBoardIntegrity } from './checkBoardIntegrity';
import { CSV_COLUMNS, decodeBenchmarks, decodeRisks, readEnum, splitList } from './csvCells';
import type { CsvColumn } from './csvCells';
import { parseCsv } from './csvCodec';
import { ActorResolver, CsvIssues, IdPool, edgeIdFor, enumCell } from './csvImportHelpers';
import { ImportError, importIssue } from './ImportError';
import { wordPart as word } from '../messages/DomainMessage';
import type { MessagePart, MessageParams } from '../messages/DomainMessage';

/** Options of `importCsv`. */
export interface ImportCsvOptions {
  /** Ids for rows without one (default: `<kind>-row<n>`). */
  idGenerator?: IdGenerator;
  /** Board title (CSV has none); default "Imported ISF board". */
  title?: string;
  /** Actors that lead/support cells resolve against; default: the study's 90 actors. */
  actors?: readonly Actor[];
}

const LEVELS = ['objective', 'output', 'activity'] as const;
type Row = { row: number; cells: Record<CsvColumn, string> };
interface Draft {
  id: string;
  kind: NodeKind;
  title: string;
  row: Row;
  own: boolean; // defined by its own row (else only mentioned as a parent)
  parent: string | null;
}
const FIELD_COLUMN: Record<string, CsvColumn> = {
  description: 'description',
  lead: 'lead',
  support: 'support',
  horizon: 'horizon',
  priority: 'priority',
  status: 'status',
  tags: 'tags',
  funding: 'funding',
  durationWeeks: 'duration_weeks',
  benchmarks: 'benchmarks',
  risks: 'risks',
  ref: 'ref',
};

const filled = (r: Row, level: NodeKind): boolean =>
  r.cells[`${level}_id`].trim() !== '' || r.cells[level].trim() !== '';

function readRows(text: string, issues: CsvIssues): Row[] {
  const records = parseCsv(text);
  const header = records[0];
  if (header === undefined)
    throw new ImportError([importIssue('row 1', 'import.csv.missing-header', {}, { row: 1 })]);
  const index = new Map<CsvColumn, number>();
  header.forEach((name, i) => {
    const column = CSV_COLUMNS.find((c) => c === name.trim().toLowerCase());
    if (column === undefined)
      issues.add(1, name, 'import.csv.unknown-column', { columns: CSV_COLUMNS.join(', ') });
    else if (index.has(column)) issues.add(1, name, 'import.csv.duplicate-column');
    else index.set(column, i);
  });
  for (const c of ['objective', 'output', 'activity'] as const) {
    if (!index.has(c)) issues.add(1, c, 'import.csv.missing-column');
  }
  if (issues.list.length > 0) throw new ImportError(issues.list);
  const rows: Row[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((f) => f.trim() === '')) return;
    if (record.length > header.length && record.slice(header.length).some((f) => f !== '')) {
      issues.add(row, `#${header.length + 1}`, 'import.csv.extra-fields');
    }
    const cells = Object.fromEntries(
      CSV_COLUMNS.map((c) => [c, record[index.get(c) ?? -1] ?? '']),
    ) as Record<CsvColumn, string>;
    rows.push({ row, cells });
  });
  return rows;
}

/**
 * Reads a board from CSV in the format `exportCsv` writes (columns by header name, any order,
 * only `objective`, `output`, `activity` required). Each row defines its deepest named item; its
 * parent is the next item named to its left; items only named as a parent are created with
 * their title. Rows without an id get one from `idGenerator` (default `<kind>-row<n>`); a
 * parent named by title only is matched by title. Positions come from a layered layout.
 *
 * @throws ImportError naming row (header = row 1) and column of every problem; nothing is
 *   half-imported.
 */
export function importCsv(text: string, options: ImportCsvOptions = {}): Board {
  const issues = new CsvIssues();
  const rows = readRows(text, issues);
  const ids = new IdPool(issues, options.idGenerator);
  for (const r of rows) {
    for (const level of LEVELS) {
      const id = r.cells[`${level}_id`].trim();
      if (id === '') continue;
      if (IdSchema.safeParse(id).success) ids.used.add(id);
      else issues.add(r.row, `${level}_id`, 'import.csv.invalid-id', { id: id.slice(0, 40) });
    }
  }
  if (issues.list.length > 0) throw new ImportError(issues.list);

  const drafts = new Map<string, Draft>();
  const byTitle = new Map<string, string>();
  const subjectOf = new Map<Row, { level: NodeKind; id: string }>();
  for (const r of rows) {
    const level = [...LEVELS].reverse().find((l) => filled(r, l));
    if (level === undefined) {
      issues.add(r.row, 'activity', 'import.csv.empty-row');
      continue;
    }
    const id = r.cells[`${level}_id`].trim() || ids.fresh(level, r.row);
    subjectOf.set(r, { level, id });
    if (drafts.has(id)) issues.add(r.row, `${level}_id`, 'import.csv.defined-twice', { id });
    else
      drafts.set(id, { id, kind: level, title: r.cells[level], row: r, own: true, parent: null });
    if (!byTitle.has(`${level}\u0000${r.cells[level]}`))
      byTitle.set(`${level}\u0000${r.cells[level]}`, id);
  }

  const order: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const subjectInfo = subjectOf.get(r);
    if (subjectInfo === undefined) continue;
    const subject = subjectInfo.level;
    let above: string | null = null;
    for (const level of LEVELS) {
      if (!filled(r, level)) continue;
      let id = r.cells[`${level}_id`].trim();
      if (level === subject) {
        id = subjectInfo.id;
        const draft = drafts.get(id);
        if (draft !== undefined && draft.row === r) draft.parent = above;
      } else {
        const title = r.cells[level];
        if (id === '') id = byTitle.get(`${level}\u0000${title}`) ?? '';
        const existing = id === '' ? undefined : drafts.get(id);
        if (existing === undefined) {
          id = id || ids.fresh(level, r.row);
          drafts.set(id, { id, kind: level, title, row: r, own: false, parent: above });
          byTitle.set(`${level}\u0000${title}`, id);
        } else if (existing.kind !== level) {
          issues.add(r.row, `${level}_id`, 'import.csv.kind-conflict', {
            id,
            existing: word('kind', existing.kind),
            kind: word('kind', level),
          });
        }
      }
      if (id !== '' && !seen.has(id)) {
        seen.add(id);
        order.push(id);
      }
      if (level === subject) break;
      above = id;
    }
  }

  const actors = new ActorResolver(options.actors ?? studyActors(), issues);
  const nodes = new Map<string, PlanNode>();
  for (const id of order) {
    const d = drafts.get(id);
    if (d === undefined) continue;
    const node = d.own
      ? readNode(d, actors, issues)
      : { ...createNode({ id, kind: d.kind }), title: d.title };
    const parsed = PlanNodeSchema.safeParse(node);
    if (parsed.success) nodes.set(id, parsed.data);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column =
        field === 'title'
          ? d.kind
          : field === 'id'
            ? `${d.kind}_id`
            : (FIELD_COLUMN[field] ?? field);
      issues.add(d.row.row, column, 'import.schema.invalid', { detail: issue.message });
    }
  }

  const edgeIds = new IdPool(issues);
  const edges: Edge[] = [];
  const edge = (kind: Edge['kind'], source: string, target: string, suggested: boolean): void => {
    const prefix = kind === 'contributes' ? 'e-contrib' : suggested ? 'e-seq-suggested' : 'e-seq';
    edges.push({
      id: edgeIdFor(edgeIds, prefix, source, target),
      kind,
      source,
      target,
      suggested,
      note: '',
    });
  };
  for (const d of drafts.values())
    if (d.parent !== null) edge('contributes', d.id, d.parent, false);
  for (const d of drafts.values()) {
    if (!d.own) continue;
    for (const column of ['predecessors', 'suggested_predecessors'] as const) {
      for (const source of new Set(splitList(d.row.cells[column]))) {
        if (drafts.has(source)) edge('sequence', source, d.id, column === 'suggested_predecessors');
        else issues.add(d.row.row, column, 'import.csv.unknown-node', { id: source });
      }
    }
  }

  const meta = BoardMetaSchema.safeParse({
    title: options.title ?? 'Imported ISF board',
    schemaVersion: SCHEMA_VERSION,
    horizonLabels: DEFAULT_HORIZON_LABELS,
  });
  if (!meta.success) issues.list.push(importIssue('title', 'import.csv.title-too-long'));
  if (issues.list.length > 0 || !meta.success) throw new ImportError(issues.list);

  const positions = layoutTree(treeOf(order, drafts));
  const board: Board = {
    meta: meta.data,
    nodes: [...nodes.values()].map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
    edges,
    actors: [...actors.actors.values()],
  };
  const integrity = checkBoardIntegrity(board, 'board');
  if (integrity.length > 0) throw new ImportError(integrity);
  return normalizeBoard(board);
}

function readNode(d: Draft, actors: ActorResolver, issues: CsvIssues): PlanNode {
  const c = d.row.cells;
  const at =
    (column: CsvColumn) =>
    (code: string, params: MessageParams = {}) =>
      issues.add(d.row.row, column, code, params);
  const atPart = (column: CsvColumn) => (part: MessagePart) =>
    issues.add(d.row.row, column, part.code, part.params);
  const priorityText = c.priority.trim();
  const priority =
    priorityText === '' ? 3 : /^[1-5]$/.test(priorityText) ? Number(priorityText) : NaN;
  if (Number.isNaN(priority)) at('priority')('import.csv.priority-range');
  const durationText = c.duration_weeks.trim();
  const duration = durationText === '' ? null : Number(durationText);
  if (duration !== null && !(Number.isFinite(duration) && duration > 0 && duration <= 1000)) {
    at('duration_weeks')('import.csv.duration-range');
  }
  const tags: CrossCuttingTag[] = [];
  for (const raw of splitList(c.tags)) {
    const tag = readEnum(CROSS_CUTTING_TAGS, raw);
    if (tag === undefined)
      at('tags')('import.csv.not-one-of', {
        value: raw.slice(0, 40),
        values: CROSS_CUTTING_TAGS.join(', '),
      });
    else if (!tags.includes(tag)) tags.push(tag);
  }
  const benchmarks = decodeBenchmarks(c.benchmarks, d.id);
  if (!benchmarks.ok) benchmarks.messages.forEach(atPart('benchmarks'));
  const risks = decodeRisks(c.risks, d.id);
  if (!risks.ok) risks.messages.forEach(atPart('risks'));
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    description: c.description,
    horizon: enumCell(HORIZONS, c.horizon, 'short' as const, at('horizon')),
    priority: Number.isNaN(priority) ? 3 : priority,
    status: enumCell(NODE_STATUSES, c.status, 'planned' as const, at('status')),
    lead: actors.resolve(c.lead, d.row.row, 'lead'),
    support: actors.list(c.support, d.row.row, 'support'),
    tags,
    funding: enumCell(FUNDING_SOURCES, c.funding, null, at('funding')),
    durationWeeks: duration !== null && Number.isFinite(duration) ? duration : null,
    position: { x: 0, y: 0 },
    benchmarks: benchmarks.ok ? benchmarks.value : [],
    risks: risks.ok ? risks.value : [],
    ref: c.ref === '' ? null : c.ref,
  };
}

/** The tree for the layout, in order of first appearance in the file. */
function treeOf(order: readonly string[], drafts: ReadonlyMap<string, Draft>): BoardTree {
  const of = (kind: NodeKind, parent: string | null) =>
    order.filter(
      (id) => drafts.get(id)?.kind === kind && (drafts.get(id)?.parent ?? null) === parent,
    );
  const output = (id: string) => ({ id, activities: of('activity', id) });
  return {
    objectives: of('objective', null).map((id) => ({
      id,
      outputs: of('output', id).map(output),
      activities: of('activity', id),
    })),
    outputs: of('output', null).map(output),
    activities: of('activity', null),
  };
}
