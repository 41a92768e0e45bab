import { memo, useEffect } from 'react';
import { usePeerDrags } from '../presence/usePeerDrags';
import type { KeyedStore } from './KeyedStore';

type Drags = ReadonlyMap<string, { x: number; y: number }>;

const NONE: Drags = new Map();

/** Props of {@link PeerDragBridge}. */
export interface PeerDragBridgeProps {
  /** Large board: drags go to `store` (node components offset themselves). */
  large: boolean;
  store: KeyedStore<{ x: number; y: number }>;
  /** Small board: drags go to the canvas, which moves the nodes in React Flow. */
  onSmallBoardDrags(drags: Drags): void;
}

/**
 * Subscribes to others' live drags (`usePeerDrags`) in a leaf component, so on large boards a
 * peer's drag re-renders only the dragged nodes, never the canvas.
 */
export const PeerDragBridge = memo(function PeerDragBridge({
  large,
  store,
  onSmallBoardDrags,
}: PeerDragBridgeProps) {
  const drags = usePeerDrags();
  useEffect(() => {
    store.replaceAll(large ? drags : NONE);
    onSmallBoardDrags(large ? NONE : drags);
  }, [drags, large, store, onSmallBoardDrags]);
  return null;
});
