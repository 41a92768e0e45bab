import { DEFAULT_ANALYZE_OPTIONS, HORIZONS } from '@isf/framework';
import type { Actor, ActorGroup, Board, Horizon, PlanNode } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

/** What an entity is for an item: its lead, a supporter, or nothing. */
export type CellRole = 'lead' | 'support' | null;

/** The role of `actorId` on `node`. */
export function cellRole(node: Pick<PlanNode, 'lead' | 'support'>, actorId: string): CellRole {
  if (node.lead === actorId) return 'lead';
  return node.support.includes(actorId) ? 'support' : null;
}

/** The role after one click: empty → support → lead → empty. */
export function nextRole(role: CellRole): CellRole {
  return role === null ? 'support' : role === 'support' ? 'lead' : null;
}

/**
 * The one command a click on a cell runs: add as supporter; make lead (`lead.set` replaces any
 * other lead and takes the entity out of the supporters); clear the lead.
 */
export function cycleCommand(
  node: Pick<PlanNode, 'id' | 'lead' | 'support'>,
  actorId: string,
): BoardCommand {
  const role = cellRole(node, actorId);
  if (role === null) return { type: 'support.add', nodeId: node.id, actorId };
  if (role === 'support') return { type: 'lead.set', nodeId: node.id, actorId };
  return { type: 'lead.set', nodeId: node.id, actorId: null };
}

/** A row of the matrix: a group heading, or an item with cells. */
export type MatrixRow =
  | { type: 'objective'; node: PlanNode | null }
  | { type: 'output'; node: PlanNode }
  | { type: 'no-output' }
  | { type: 'activity'; node: PlanNode };

function firstTarget(
  board: Board,
  byId: Map<string, PlanNode>,
  source: string,
  kind: PlanNode['kind'],
): string | null {
  for (const e of board.edges) {
    if (e.kind === 'contributes' && e.source === source && byId.get(e.target)?.kind === kind) {
      return e.target;
    }
  }
  return null;
}

/**
 * The matrix rows: each objective, its outputs, each output's activities; then outputs without an
 * objective, then activities without an output. An item contributing to several parents is listed
 * under the first (by edge id).
 */
export function matrixRows(board: Board): MatrixRow[] {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const activitiesOf = new Map<string | null, PlanNode[]>();
  const outputsOf = new Map<string | null, PlanNode[]>();
  for (const n of board.nodes) {
    if (n.kind === 'activity') {
      const key = firstTarget(board, byId, n.id, 'output');
      activitiesOf.set(key, [...(activitiesOf.get(key) ?? []), n]);
    } else if (n.kind === 'output') {
      const key = firstTarget(board, byId, n.id, 'objective');
      outputsOf.set(key, [...(outputsOf.get(key) ?? []), n]);
    }
  }
  const rows: MatrixRow[] = [];
  const pushOutputs = (outputs: PlanNode[]): void => {
    for (const output of outputs) {
      rows.push({ type: 'output', node: output });
      for (const a of activitiesOf.get(output.id) ?? []) rows.push({ type: 'activity', node: a });
    }
  };
  for (const objective of board.nodes.filter((n) => n.kind === 'objective')) {
    rows.push({ type: 'objective', node: objective });
    pushOutputs(outputsOf.get(objective.id) ?? []);
  }
  const looseOutputs = outputsOf.get(null) ?? [];
  const looseActivities = activitiesOf.get(null) ?? [];
  if (looseOutputs.length > 0) {
    rows.push({ type: 'objective', node: null });
    pushOutputs(looseOutputs);
  }
  if (looseActivities.length > 0) {
    rows.push({ type: 'no-output' });
    for (const a of looseActivities) rows.push({ type: 'activity', node: a });
  }
  return rows;
}

/**
 * Only the rows under one objective (`null`: the outputs without an objective and the activities
 * without an output); `'all'` keeps every row.
 */
export function rowsOfObjective(
  rows: MatrixRow[],
  objectiveId: string | null | 'all',
): MatrixRow[] {
  if (objectiveId === 'all') return rows;
  const out: MatrixRow[] = [];
  let inside = false;
  for (const row of rows) {
    if (row.type === 'objective') inside = (row.node?.id ?? null) === objectiveId;
    else if (row.type === 'no-output') inside = objectiveId === null;
    if (inside) out.push(row);
  }
  return out;
}

/** Lead and support counts of one entity in one horizon. */
export interface HorizonLoad {
  lead: number;
  support: number;
  /** Leads more open items than the OVERLOAD threshold allows. */
  overloaded: boolean;
}

/**
 * Per entity and horizon: items led (open ones, as the OVERLOAD rule counts them: `done` items do
 * not take capacity) and supported, with the overload flag.
 */
export function entityTotals(
  board: Board,
  actorIds: readonly string[],
  threshold: number = DEFAULT_ANALYZE_OPTIONS.overloadThreshold,
): Map<string, Record<Horizon, HorizonLoad>> {
  const totals = new Map<string, Record<Horizon, HorizonLoad>>();
  const empty = (): Record<Horizon, HorizonLoad> => ({
    short: { lead: 0, support: 0, overloaded: false },
    mid: { lead: 0, support: 0, overloaded: false },
    long: { lead: 0, support: 0, overloaded: false },
  });
  for (const id of actorIds) totals.set(id, empty());
  for (const n of board.nodes) {
    if (n.lead && n.status !== 'done') {
      const load = totals.get(n.lead)?.[n.horizon];
      if (load) load.lead++;
    }
    for (const s of n.support) {
      const load = totals.get(s)?.[n.horizon];
      if (load) load.support++;
    }
  }
  for (const byHorizon of totals.values()) {
    for (const h of HORIZONS) byHorizon[h].overloaded = byHorizon[h].lead > threshold;
  }
  return totals;
}

/** Ids of the entities that lead or support at least one item. */
export function entitiesInUse(board: Board): Set<string> {
  const used = new Set<string>();
  for (const n of board.nodes) {
    if (n.lead) used.add(n.lead);
    for (const s of n.support) used.add(s);
  }
  return used;
}

/**
 * The matrix columns: entities in use plus `extra` (picked by the user), of the chosen group
 * (`'all'` for every group), in board order.
 */
export function matrixColumns(
  board: Board,
  extra: ReadonlySet<string>,
  group: ActorGroup | 'all',
): Actor[] {
  const used = entitiesInUse(board);
  return board.actors.filter(
    (a) => (used.has(a.id) || extra.has(a.id)) && (group === 'all' || a.group === group),
  );
}

/** The short name of an entity for a column heading. */
export function actorShortName(actor: Pick<Actor, 'abbrev' | 'name'>): string {
  return actor.abbrev?.trim() || actor.name;
}
