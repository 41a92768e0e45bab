import { useEffect } from 'react';
import type { BoardSession } from '../session/BoardSession';
import { isTextEditingTarget, undoActionFor } from './undoShortcut';

/**
 * Installs the board's per-user undo/redo shortcuts on the window: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and
 * Ctrl+Y. Ignored while typing in a text field (the field's own undo acts there) and read-only.
 */
export function useUndoShortcuts(session: BoardSession): void {
  useEffect(() => {
    if (session.readOnly) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      const action = undoActionFor(e);
      if (action === null || isTextEditingTarget(e.target)) return;
      e.preventDefault();
      if (action === 'undo') session.undo.undo();
      else session.undo.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
