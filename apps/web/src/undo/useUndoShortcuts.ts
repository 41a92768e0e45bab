import { useEffect } from 'react';
import type { BoardSession } from '../session/BoardSession';
import { isTextEditingTarget, undoActionFor } from './undoShortcut';

/** One window listener per session, shared by every component that asks for the shortcuts. */
const installed = new WeakMap<BoardSession, { count: number; remove(): void }>();

function install(session: BoardSession): () => void {
  const current = installed.get(session);
  if (current) {
    current.count++;
  } else {
    const onKey = (e: KeyboardEvent): void => {
      const action = undoActionFor(e);
      if (action === null || e.defaultPrevented || isTextEditingTarget(e.target)) return;
      e.preventDefault();
      if (action === 'undo') session.undo.undo();
      else session.undo.redo();
    };
    window.addEventListener('keydown', onKey);
    installed.set(session, {
      count: 1,
      remove: () => window.removeEventListener('keydown', onKey),
    });
  }
  return () => {
    const entry = installed.get(session);
    if (!entry) return;
    entry.count--;
    if (entry.count === 0) {
      entry.remove();
      installed.delete(session);
    }
  };
}

/**
 * Installs the board's per-user undo/redo shortcuts on the window: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and
 * Ctrl+Y. Ignored while typing in a text field (the field's own undo acts there) and read-only.
 * Several components may call it for one session: one listener is installed (reference counted).
 */
export function useUndoShortcuts(session: BoardSession): void {
  useEffect(() => (session.readOnly ? undefined : install(session)), [session]);
}
