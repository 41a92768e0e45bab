import type { BoardSession } from '../session/BoardSession';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useUndoState } from './useUndoState';
import './undo.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/**
 * "Undo" and "Redo" buttons (disabled when the user's own stack is empty), plus the keyboard
 * shortcuts. Undo is per user: it only reverts this person's changes.
 */
export function UndoButtons({ session }: { session: BoardSession }) {
  useUndoShortcuts(session);
  const { canUndo, canRedo } = useUndoState(session.undo);
  if (session.readOnly) return null;
  return (
    <span className="isf-undo" role="group" aria-label="History">
      <button
        type="button"
        className="isf-undo__button"
        onClick={() => session.undo.undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`Undo your last change (${MOD}Z)`}
      >
        <span aria-hidden="true">↶</span> Undo
      </button>
      <button
        type="button"
        className="isf-undo__button"
        onClick={() => session.undo.redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={`Redo (${MOD}Shift+Z)`}
      >
        <span aria-hidden="true">↷</span> Redo
      </button>
    </span>
  );
}
