import { useCallback, useSyncExternalStore } from 'react';
import type { BoardUndo } from '@isf/crdt';

/** Whether undo/redo are possible now; re-renders when the user's undo stack changes. */
export function useUndoState(undo: BoardUndo): { canUndo: boolean; canRedo: boolean } {
  const subscribe = useCallback((cb: () => void) => undo.subscribe(cb), [undo]);
  const canUndo = useSyncExternalStore(
    subscribe,
    () => undo.canUndo(),
    () => undo.canUndo(),
  );
  const canRedo = useSyncExternalStore(
    subscribe,
    () => undo.canRedo(),
    () => undo.canRedo(),
  );
  return { canUndo, canRedo };
}
