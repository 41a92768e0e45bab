import type { ELK as ElkInstance, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { NODE_KINDS, type Edge, type PlanNode, type Position } from '@isf/framework';
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

/**
 * Computes a layered layout (direction down: objectives → outputs → activities) with elkjs.
 * Layers follow `contributes` edges (see {@link layeringEdges}); the node kind is an ELK partition,
 * so objectives always sit above outputs and outputs above activities.
 * Returns the new top-left position of every node.
 */
export async function computeLayout(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
  sizeOf: (id: string) => NodeSize | undefined = () => undefined,
): Promise<Map<string, Position>> {
  const engine = await getElk();
  const children: ElkNode[] = nodes.map((n) => {
    const size = sizeOf(n.id) ?? DEFAULT_NODE_SIZE;
    return {
      id: n.id,
      width: size.width,
      height: size.height,
      layoutOptions: { 'elk.partitioning.partition': String(NODE_KINDS.indexOf(n.kind)) },
    };
  });
  const elkEdges = layeringEdges(nodes, edges);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.separateConnectedComponents': 'false',
    },
    children,
    edges: elkEdges,
  };
  const result = await engine.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}

/**
 * The edges ELK layers by: `contributes` edges reversed (the objective on top, its outputs below),
 * except that the activities of one output are chained (output → a1 → a2 → …), so they stack in a
 * column under their output instead of spreading into one very wide row. An activity contributing
 * to several outputs is stacked under the first.
 */
export function layeringEdges(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
): ElkExtendedEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: ElkExtendedEdge[] = [];
  const columns = new Map<string, PlanNode[]>();
  const placed = new Set<string>();
  for (const e of edges) {
    if (e.kind !== 'contributes') continue;
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    if (source.kind === 'activity' && target.kind === 'output') {
      if (placed.has(source.id)) continue;
      placed.add(source.id);
      const column = columns.get(target.id);
      if (column) column.push(source);
      else columns.set(target.id, [source]);
    } else {
      out.push({ id: e.id, sources: [e.target], targets: [e.source] });
    }
  }
  for (const [outputId, column] of columns) {
    // Keep the planners' vertical order.
    column.sort((a, b) => a.position.y - b.position.y || (a.id < b.id ? -1 : 1));
    let previous = outputId;
    for (const activity of column) {
      out.push({
        id: `chain:${previous}>${activity.id}`,
        sources: [previous],
        targets: [activity.id],
      });
      previous = activity.id;
    }
  }
  return out;
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
