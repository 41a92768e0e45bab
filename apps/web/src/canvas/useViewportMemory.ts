import { useCallback, useMemo, useState } from 'react';
import type { Viewport } from '@xyflow/react';

/**
 * The last viewport (pan and zoom) of each board's canvas in this page. The workspace mounts only
 * the active tab, so the canvas is unmounted when another view is shown; coming back restores the
 * viewport instead of fitting the view again. Kept for the page's life (a reload fits again).
 */
const remembered = new Map<string, Viewport>();

/** The viewport last remembered for `boardId`, if any. */
export function recallViewport(boardId: string): Viewport | undefined {
  return remembered.get(boardId);
}

/** Remembers `viewport` as the last one of `boardId`'s canvas. */
export function rememberViewport(boardId: string, viewport: Viewport): void {
  if (![viewport.x, viewport.y, viewport.zoom].every(Number.isFinite) || viewport.zoom <= 0) return;
  remembered.set(boardId, { x: viewport.x, y: viewport.y, zoom: viewport.zoom });
}

/** Forgets every remembered viewport (tests). */
export function forgetViewports(): void {
  remembered.clear();
}

/** Props for `<ReactFlow>` from {@link useViewportMemory}. */
export interface ViewportMemoryProps {
  /** Fit the view on mount: only when no viewport is remembered for the board. */
  fitView: boolean;
  /** The remembered viewport, restored on mount. */
  defaultViewport?: Viewport;
  /** Remembers the viewport after each pan or zoom (by the user, the controls or a fit). */
  onMoveEnd: (event: MouseEvent | TouchEvent | null, viewport: Viewport) => void;
}

/**
 * Restores the canvas viewport a board had when its canvas was last shown in this page, and
 * remembers it as the user pans and zooms. Spread the result on `<ReactFlow>`.
 */
export function useViewportMemory(boardId: string): ViewportMemoryProps {
  // Read once, at mount: later moves change React Flow's viewport, not this prop.
  const [initial] = useState(() => recallViewport(boardId));
  const onMoveEnd = useCallback(
    (_event: MouseEvent | TouchEvent | null, viewport: Viewport) =>
      rememberViewport(boardId, viewport),
    [boardId],
  );
  return useMemo(
    () =>
      initial
        ? { fitView: false, defaultViewport: initial, onMoveEnd }
        : { fitView: true, onMoveEnd },
    [initial, onMoveEnd],
  );
}
