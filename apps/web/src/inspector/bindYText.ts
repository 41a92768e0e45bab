import type * as Y from 'yjs';
import { diffText, transformIndex, type DeltaOp, type TextEdit } from './textDiff';

/** A text control a Y.Text can be bound to. */
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Binds a text control to a `Y.Text`, character by character:
 * - on input, the minimal edit between the Y.Text and the control's value is passed to `write`
 *   (which applies it inside a store command, so it is one transaction with the store's origin);
 *   a refused edit (e.g. too long) restores the control;
 * - on a remote change, the control's value is replaced and its caret/selection mapped through the
 *   change, so the local caret stays next to the same characters.
 * Returns the unbind function.
 */
export function bindYText(
  el: TextControl,
  text: Y.Text,
  write: (edit: TextEdit) => void,
): () => void {
  el.value = text.toString();
  let composing = false;

  const sync = (): void => {
    const current = text.toString();
    const edit = diffText(current, el.value, el.selectionEnd ?? undefined);
    if (edit === null) return;
    write(edit);
    const after = text.toString();
    if (after !== el.value) {
      // Refused (or changed by the command): show the document's value, caret at the edit.
      const caret = Math.min(edit.index, after.length);
      el.value = after;
      el.setSelectionRange(caret, caret);
    }
  };
  const onInput = (): void => {
    if (!composing) sync();
  };
  const onCompositionStart = (): void => {
    composing = true;
  };
  const onCompositionEnd = (): void => {
    composing = false;
    sync();
  };
  const observer = (event: Y.YTextEvent): void => {
    const value = text.toString();
    if (composing || el.value === value) return; // our own edit, or mid-IME (synced at the end)
    const start = el.selectionStart;
    const end = el.selectionEnd;
    const direction = el.selectionDirection ?? undefined;
    const focused = el.ownerDocument.activeElement === el;
    el.value = value;
    if (focused && start !== null && end !== null) {
      const delta = event.delta as DeltaOp[];
      el.setSelectionRange(transformIndex(start, delta), transformIndex(end, delta), direction);
    }
  };

  text.observe(observer);
  el.addEventListener('input', onInput);
  el.addEventListener('compositionstart', onCompositionStart);
  el.addEventListener('compositionend', onCompositionEnd);
  return () => {
    text.unobserve(observer);
    el.removeEventListener('input', onInput);
    el.removeEventListener('compositionstart', onCompositionStart);
    el.removeEventListener('compositionend', onCompositionEnd);
  };
}
