import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { NODE_KINDS, type Edge, type PlanNode, type Position } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

/** Size of a node on the canvas (measured by React Flow, or the default estimate). */
export interface NodeSize {
  width: number;
  height: number;
}

/** The size assumed for nodes React Flow has not measured yet. */
export const DEFAULT_NODE_SIZE: NodeSize = { width: 240, height: 120 };

let elk: InstanceType<typeof ELK> | null = null;

/**
 * Computes a layered layout (direction down: objectives → outputs → activities) with elkjs.
 * Layers follow `contributes` edges (drawn from objective down to its contributors); the node kind
 * is an ELK partition, so objectives always sit above outputs and outputs above activities.
 * Returns the new top-left position of every node.
 */
export async function computeLayout(
  nodes: readonly PlanNode[],
  edges: readonly Edge[],
  sizeOf: (id: string) => NodeSize | undefined = () => undefined,
): Promise<Map<string, Position>> {
  elk ??= new ELK();
  const ids = new Set(nodes.map((n) => n.id));
  const children: ElkNode[] = nodes.map((n) => {
    const size = sizeOf(n.id) ?? DEFAULT_NODE_SIZE;
    return {
      id: n.id,
      width: size.width,
      height: size.height,
      layoutOptions: { 'elk.partitioning.partition': String(NODE_KINDS.indexOf(n.kind)) },
    };
  });
  const elkEdges: ElkExtendedEdge[] = edges
    .filter((e) => e.kind === 'contributes' && ids.has(e.source) && ids.has(e.target))
    // Reverse: the objective (target) goes on top, its contributors below.
    .map((e) => ({ id: e.id, sources: [e.target], targets: [e.source] }));
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
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
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
