import { HORIZONS, horizonIndex, sequenceOrder } from '@isf/framework';
import type { Board, Horizon, NodeKind, PlanNode } from '@isf/framework';
import type { BoardCommand } from '@isf/crdt';

/** Card and lane geometry of the timeline (px). */
export const TIMELINE_GEOMETRY = Object.freeze({
  laneWidth: 300,
  cardWidth: 264,
  cardHeight: 76,
  gap: 18,
  header: 48,
  laneInset: 18,
});

/** The lane (column) index of a horizon: short 0, mid 1, long 2. */
export function laneOf(horizon: Horizon): number {
  return horizonIndex(horizon);
}

/** The horizon of a lane index, or null outside the lanes. */
export function horizonAtLane(lane: number): Horizon | null {
  return HORIZONS[lane] ?? null;
}

/** The lane under an x offset (px from the timeline's left edge), clamped to the lanes. */
export function laneAtX(x: number, laneWidth = TIMELINE_GEOMETRY.laneWidth): Horizon {
  const lane = Math.min(HORIZONS.length - 1, Math.max(0, Math.floor(x / laneWidth)));
  return HORIZONS[lane] ?? 'short';
}

/** The horizon `delta` lanes later (positive) or earlier (negative), or null past the ends. */
export function shiftHorizon(horizon: Horizon, delta: number): Horizon | null {
  return horizonAtLane(laneOf(horizon) + delta);
}

/** The command that moves a node to another horizon, or null when it is already there. */
export function horizonCommand(
  node: Pick<PlanNode, 'id' | 'horizon'>,
  horizon: Horizon,
): BoardCommand | null {
  if (node.horizon === horizon) return null;
  return { type: 'node.update', id: node.id, fields: { horizon } };
}

/** A card placed in its lane. */
export interface TimelineCard {
  node: PlanNode;
  lane: number;
  row: number;
  x: number;
  y: number;
}

/** A sequencing arrow between two placed cards (`d` is an SVG path). */
export interface TimelineArrow {
  id: string;
  source: string;
  target: string;
  d: string;
  /** Midpoint, where a warning marker goes. */
  mid: { x: number; y: number };
}

/** The placed cards and arrows, and the drawing's size. */
export interface TimelineLayout {
  cards: TimelineCard[];
  arrows: TimelineArrow[];
  width: number;
  height: number;
}

/**
 * Places the nodes of the given kinds in their horizon's lane, in sequencing order (predecessors
 * above successors), and routes every sequence edge between placed cards.
 */
export function layoutTimeline(board: Board, kinds: ReadonlySet<NodeKind>): TimelineLayout {
  const g = TIMELINE_GEOMETRY;
  const order = sequenceOrder(board);
  const rank = new Map(order.map((id, i) => [id, i]));
  const shown = board.nodes
    .filter((n) => kinds.has(n.kind))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const rows = HORIZONS.map(() => 0);
  const cards: TimelineCard[] = [];
  const byId = new Map<string, TimelineCard>();
  for (const node of shown) {
    const lane = laneOf(node.horizon);
    const row = rows[lane] ?? 0;
    rows[lane] = row + 1;
    const card = {
      node,
      lane,
      row,
      x: lane * g.laneWidth + g.laneInset,
      y: g.header + row * (g.cardHeight + g.gap),
    };
    cards.push(card);
    byId.set(node.id, card);
  }
  const arrows: TimelineArrow[] = [];
  for (const edge of board.edges) {
    if (edge.kind !== 'sequence') continue;
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b || a === b) continue;
    arrows.push({ id: edge.id, source: a.node.id, target: b.node.id, ...route(a, b) });
  }
  const maxRows = Math.max(1, ...rows);
  return {
    cards,
    arrows,
    width: HORIZONS.length * g.laneWidth,
    height: g.header + maxRows * (g.cardHeight + g.gap) + g.gap,
  };
}

function route(a: TimelineCard, b: TimelineCard): Pick<TimelineArrow, 'd' | 'mid'> {
  const g = TIMELINE_GEOMETRY;
  const ay = a.y + g.cardHeight / 2;
  const by = b.y + g.cardHeight / 2;
  if (a.lane === b.lane) {
    // Same lane: leave on the right side and come back in, bulging out by the vertical distance.
    const x = a.x + g.cardWidth;
    const bulge = Math.min(g.laneInset + 10, 12 + Math.abs(by - ay) / 6);
    const d = `M ${x} ${ay} C ${x + bulge} ${ay}, ${x + bulge} ${by}, ${x} ${by}`;
    return { d, mid: { x: x + bulge * 0.75, y: (ay + by) / 2 } };
  }
  const forward = a.lane < b.lane;
  const x1 = forward ? a.x + g.cardWidth : a.x;
  const x2 = forward ? b.x : b.x + g.cardWidth;
  const dx = (x2 - x1) / 2;
  const d = `M ${x1} ${ay} C ${x1 + dx} ${ay}, ${x2 - dx} ${by}, ${x2} ${by}`;
  return { d, mid: { x: (x1 + x2) / 2, y: (ay + by) / 2 } };
}
