import { MarkerType, type EdgeMarker } from '@xyflow/react';
import type { EdgeKind } from '@isf/framework';

/**
 * How each edge kind is drawn; kinds differ by dash, arrow and label, not by colour alone (the
 * words are translated: `edgeKindText`).
 */
export interface EdgeKindStyle {
  color: string;
  strokeWidth: number;
  /** SVG dash pattern, or undefined for a solid line. */
  dash: string | undefined;
  marker: EdgeMarker;
}

export const EDGE_STYLES: Record<EdgeKind, EdgeKindStyle> = {
  contributes: {
    color: '#8a8f98',
    strokeWidth: 1.25,
    dash: undefined,
    marker: { type: MarkerType.ArrowClosed, color: '#8a8f98', width: 14, height: 14 },
  },
  sequence: {
    color: '#1d4f91',
    strokeWidth: 2.5,
    dash: undefined,
    marker: { type: MarkerType.ArrowClosed, color: '#1d4f91', width: 18, height: 18 },
  },
  priority: {
    color: '#8a3ea8',
    strokeWidth: 2,
    dash: '7 5',
    marker: { type: MarkerType.Arrow, color: '#8a3ea8', width: 18, height: 18 },
  },
};
