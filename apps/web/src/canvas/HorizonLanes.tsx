import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { HORIZONS, type Horizon, type PlanNode } from '@isf/framework';
import { DEFAULT_NODE_SIZE } from './autoLayout';

/** One horizon band in flow coordinates. */
export interface LaneBand {
  horizon: Horizon;
  x: number;
  y: number;
  width: number;
  height: number;
}

const PAD = 24;
/** Room above a band's first row for its label. */
const LABEL_ROOM = 40;

/**
 * The horizon bands of a board: for each horizon with activities, the vertical extent of its
 * activities, across the width of the whole board. One pass over the nodes (positions from the
 * records, so the bands follow drops, not drag frames).
 */
export function laneBands(nodes: readonly PlanNode[]): LaneBand[] {
  if (nodes.length === 0) return [];
  let minX = Infinity;
  let maxX = -Infinity;
  const top: Partial<Record<Horizon, number>> = {};
  const bottom: Partial<Record<Horizon, number>> = {};
  for (const n of nodes) {
    const { x, y } = n.position;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + DEFAULT_NODE_SIZE.width);
    if (n.kind !== 'activity') continue;
    top[n.horizon] = Math.min(top[n.horizon] ?? Infinity, y);
    bottom[n.horizon] = Math.max(bottom[n.horizon] ?? -Infinity, y + DEFAULT_NODE_SIZE.height);
  }
  const bands: LaneBand[] = [];
  for (const h of HORIZONS) {
    const t = top[h];
    const b = bottom[h];
    if (t === undefined || b === undefined) continue;
    bands.push({
      horizon: h,
      x: minX - PAD * 2,
      y: t - LABEL_ROOM,
      width: maxX - minX + PAD * 4,
      height: b - t + LABEL_ROOM + PAD,
    });
  }
  return bands;
}

/**
 * Horizon lane bands drawn behind the edges and nodes (with "Horizon lanes" on), labelled with the
 * board's horizon labels. Decorative for assistive technology (each node states its horizon).
 */
export const HorizonLanes = memo(function HorizonLanes({
  nodes,
  labels,
}: {
  nodes: readonly PlanNode[];
  labels: Record<Horizon, string>;
}) {
  const bands = useMemo(() => laneBands(nodes), [nodes]);
  if (bands.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="isf-lanes" aria-hidden="true">
        {bands.map((b) => (
          <div
            key={b.horizon}
            className={`isf-lane isf-lane--${b.horizon}`}
            style={{
              transform: `translate(${b.x}px, ${b.y}px)`,
              width: b.width,
              height: b.height,
            }}
          >
            <span className="isf-lane__label">{labels[b.horizon]}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
