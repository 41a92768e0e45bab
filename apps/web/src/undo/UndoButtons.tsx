import { useT } from '../i18n';
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
  const { t } = useT();
  useUndoShortcuts(session);
  const { canUndo, canRedo } = useUndoState(session.undo);
  if (session.readOnly) return null;
  return (
    <span className="isf-undo" role="group" aria-label={t('undo:group')}>
      <button
        type="button"
        className="isf-undo__button"
        onClick={() => session.undo.undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('undo:undoTitle', { keys: `${MOD}Z` })}
      >
        <span aria-hidden="true">↶</span> {t('undo:undo')}
      </button>
      <button
        type="button"
        className="isf-undo__button"
        onClick={() => session.undo.redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t('undo:redoTitle', { keys: `${MOD}Shift+Z` })}
      >
        <span aria-hidden="true">↷</span> {t('undo:redo')}
      </button>
    </span>
  );
}
