import * as Y from 'yjs';
import type { BoardStore } from '../BoardStore';
import { getBoardMaps } from '../layout';

/** Per-user undo over a BoardStore. */
export interface BoardUndo {
  /** Reverts this user's last step (only their own changes; colleagues' edits stay). */
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current step: the next change starts a new one. */
  stopCapturing(): void;
  /**
   * Starts a group: every command until the matching `endGroup()` becomes one undo step (e.g. a
   * drag). Groups nest (only the outermost `endGroup()` closes the step); `undo()`/`redo()` close
   * an open group first. An unmatched `endGroup()` is ignored.
   */
  beginGroup(): void;
  endGroup(): void;
  /** Called whenever the undo or redo stack changes. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
  /** The underlying Y.UndoManager (for advanced bindings). */
  readonly manager: Y.UndoManager;
}

/**
 * Creates a per-user undo manager: a `Y.UndoManager` over the four top-level maps tracking only
 * `store.origin`, so it never reverts remote changes, restores or migrations. One command = one
 * step (captureTimeout 0); wrap a drag in `beginGroup()/endGroup()` (or send one `node.move` on drag
 * stop) to make it one step. Writes are per field, so undoing your field keeps a colleague's edit
 * of another field of the same node.
 */
export function createUndoManager(store: BoardStore): BoardUndo {
  const { meta, nodes, edges, actors } = getBoardMaps(store.doc);
  const manager = new Y.UndoManager([meta, nodes, edges, actors], {
    trackedOrigins: new Set([store.origin]),
    captureTimeout: 0,
  });
  let depth = 0; // nested beginGroup() calls: only the outermost endGroup() closes the step
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const l of [...listeners]) l();
  };
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const e of events) manager.on(e, notify);
  return {
    manager,
    undo: () => {
      if (depth > 0) closeGroup();
      return manager.undo() !== null;
    },
    redo: () => {
      if (depth > 0) closeGroup();
      return manager.redo() !== null;
    },
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    stopCapturing: () => manager.stopCapturing(),
    beginGroup: () => {
      if (depth++ > 0) return;
      manager.stopCapturing();
      manager.captureTimeout = Number.POSITIVE_INFINITY;
    },
    endGroup,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy: () => {
      for (const e of events) manager.off(e, notify);
      listeners.clear();
      manager.destroy();
    },
  };
  function endGroup(): void {
    if (depth === 0) return;
    if (--depth === 0) closeGroup();
  }
  function closeGroup(): void {
    depth = 0;
    manager.captureTimeout = 0;
    manager.stopCapturing();
  }
}
