/** What a key press means for undo, or null if it is not an undo/redo shortcut. */
export type UndoAction = 'undo' | 'redo';

/** The subset of a KeyboardEvent the shortcut check reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Maps Ctrl/Cmd+Z to undo and Shift+Ctrl/Cmd+Z or Ctrl+Y to redo (any other key: null).
 */
export function undoActionFor(e: KeyLike): UndoAction | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Whether the event target is a text field (input, textarea, select, contenteditable). There the
 * field's own undo acts (its edits still reach the document as Y.Text changes), not the board's.
 */
export function isTextEditingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(
      target.type,
    );
  }
  return (target as HTMLElement).isContentEditable === true;
}
