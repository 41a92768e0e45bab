import type { ELK as ElkInstance, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import {
  HORIZONS,
  NODE_KINDS,
  horizonIndex,
  type Edge,
  type PlanNode,
  type Position,
} from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

/** Size of a node on the canvas (measured by React Flow, or the default estimate). */
export interface NodeSize {
  width: number;
  height: number;
}

/** The size assumed for nodes React Flow has not measured yet. */
export const DEFAULT_NODE_SIZE: NodeSize = { width: 240, height: 120 };

let elk: ElkInstance | null = null;

/** Loads elkjs on first use (it is large; the canvas should not wait for it). */
async function getElk(): Promise<ElkInstance> {
  if (elk === null) {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    elk = new ELK();
  }
  return elk;
}

/** Options of {@link computeLayout}. */
export interface LayoutOptions {
  /** Stack activities in horizontal bands by horizon (short, mid, long term) across all columns. */
  horizonLanes?: boolean;
}

/** Vertical gap between stacked activities, and between an output and its first activity (px). */
const STACK_GAP = 24;
/** Gap between ELK layers and between nodes of a layer (px). */
const LAYER_GAP = 80;
const NODE_GAP = 40;

/**
 * Computes a layered layout (direction down: objectives → outputs → activities).
 *
 * elkjs lays out the upper levels — objectives and outputs, layered by `contributes` edges, the
 * node kind as an ELK partition so objectives always sit above outputs. Each output's activities
 * are then stacked in a column under it (ordered by horizon, short term first, then by their
 * current height), which keeps wide boards readable and the layout fast: ELK's layered algorithm
 * grows much faster than linearly, and a board has ~10× more activities than outputs. Activities
 * contributing to no output go in rows below everything. Returns the top-left of every node.
 */
export async function computeLayout(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
  sizeOf: (id: string) => NodeSize | undefined = () => undefined,
  options: LayoutOptions = {},
): Promise<Map<string, Position>> {
  const size = (id: string): NodeSize => sizeOf(id) ?? DEFAULT_NODE_SIZE;
  const upper = nodes.filter((n) => n.kind !== 'activity');
  const columns = activityColumns(nodes, edges);

  const positions = new Map<string, Position>();
  let bottom = 0;
  if (upper.length > 0) {
    const engine = await getElk();
    const upperIds = new Set(upper.map((n) => n.id));
    const graph: ElkNode = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.partitioning.activate': 'true',
        'elk.spacing.nodeNode': String(NODE_GAP),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
        'elk.separateConnectedComponents': 'false',
      },
      children: upper.map((n) => ({
        id: n.id,
        width: Math.max(
          size(n.id).width,
          ...(columns.get(n.id) ?? []).map((a) => size(a.id).width),
        ),
        height: size(n.id).height,
        layoutOptions: { 'elk.partitioning.partition': String(NODE_KINDS.indexOf(n.kind)) },
      })),
      edges: edges
        .filter((e) => e.kind === 'contributes' && upperIds.has(e.source) && upperIds.has(e.target))
        // Reversed: the objective (target) goes on top, its outputs below.
        .map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.target], targets: [e.source] })),
    };
    const result = await engine.layout(graph);
    for (const child of result.children ?? []) {
      const p = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
      positions.set(child.id, p);
      bottom = Math.max(bottom, p.y + size(child.id).height);
    }
  }
  if (options.horizonLanes) {
    bottom = stackInLanes(columns, positions, size, bottom);
  } else {
    // Stack each output's activities under it.
    for (const [outputId, column] of columns) {
      const top = positions.get(outputId);
      if (!top) continue;
      let y = top.y + size(outputId).height + STACK_GAP;
      for (const activity of column) {
        positions.set(activity.id, { x: top.x, y });
        y += size(activity.id).height + STACK_GAP;
      }
      bottom = Math.max(bottom, y);
    }
  }
  // Activities under no output: rows below everything.
  const loose = nodes.filter((n) => n.kind === 'activity' && !positions.has(n.id));
  const perRow = Math.max(1, Math.ceil(Math.sqrt(loose.length * 2)));
  let rowY = bottom + LAYER_GAP;
  for (let i = 0; i < loose.length; i += perRow) {
    let x = 0;
    let rowHeight = 0;
    for (const activity of loose.slice(i, i + perRow)) {
      positions.set(activity.id, { x, y: rowY });
      x += size(activity.id).width + NODE_GAP;
      rowHeight = Math.max(rowHeight, size(activity.id).height);
    }
    rowY += rowHeight + STACK_GAP;
  }
  return positions;
}

/**
 * Horizon lanes: every column's short-term activities start at the same height, mid-term ones in a
 * band below the tallest short-term stack, then long-term ones. Returns the new bottom.
 */
function stackInLanes(
  columns: ReadonlyMap<string, PlanNode[]>,
  positions: Map<string, Position>,
  size: (id: string) => NodeSize,
  top: number,
): number {
  let laneTop = top + LAYER_GAP;
  for (const horizon of HORIZONS) {
    let laneBottom = laneTop;
    for (const [outputId, column] of columns) {
      const head = positions.get(outputId);
      if (!head) continue;
      let y = laneTop;
      for (const activity of column) {
        if (activity.horizon !== horizon) continue;
        positions.set(activity.id, { x: head.x, y });
        y += size(activity.id).height + STACK_GAP;
      }
      laneBottom = Math.max(laneBottom, y);
    }
    laneTop = laneBottom === laneTop ? laneTop : laneBottom + LAYER_GAP;
  }
  return laneTop;
}

/**
 * Output id → the activities stacked under it: each activity under the first output it contributes
 * to, ordered by horizon (short term first), then by current height, then id.
 */
export function activityColumns(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
): Map<string, PlanNode[]> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const columns = new Map<string, PlanNode[]>();
  const placed = new Set<string>();
  for (const e of edges) {
    if (e.kind !== 'contributes' || placed.has(e.source)) continue;
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (source?.kind !== 'activity' || target?.kind !== 'output') continue;
    placed.add(source.id);
    const column = columns.get(target.id);
    if (column) column.push(source);
    else columns.set(target.id, [source]);
  }
  for (const column of columns.values()) {
    column.sort(
      (a, b) =>
        horizonIndex(a.horizon) - horizonIndex(b.horizon) ||
        a.position.y - b.position.y ||
        (a.id < b.id ? -1 : 1),
    );
  }
  return columns;
}

/**
 * The ONE `node.move` command applying `positions` (only nodes that actually move), or null when
 * nothing moves. Running it is a single undo step.
 */
export function layoutCommand(
  positions: ReadonlyMap<string, Position>,
  nodes: readonly PlanNode[],
): BoardCommand | null {
  const moves: { id: string; position: Position }[] = [];
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (p && (p.x !== n.position.x || p.y !== n.position.y)) moves.push({ id: n.id, position: p });
  }
  return moves.length === 0 ? null : { type: 'node.move', moves };
}
