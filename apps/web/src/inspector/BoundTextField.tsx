import { useEffect, useRef, useState } from 'react';
import type { BoardSession } from '../session/BoardSession';
import { bindYText } from './bindYText';

/** Props of {@link BoundTextField}. */
export interface BoundTextFieldProps {
  session: BoardSession;
  nodeId: string;
  field: 'title' | 'description';
  label: string;
  multiline?: boolean;
}

/** Typing pauses longer than this (ms) start a new undo step. */
export const TYPING_GROUP_MS = 1000;

/**
 * An input (or textarea) co-typed live with everyone: bound to the node's `Y.Text`, each keystroke
 * is a character-level `text.edit` command; remote typing appears in place without moving the
 * caret. A burst of typing is one undo step (ends after a pause or on blur).
 */
export function BoundTextField({ session, nodeId, field, label, multiline }: BoundTextFieldProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { store, undo } = session;
  const [text, setText] = useState(() => store.text(nodeId, field));

  // The Y.Text instance can be replaced (e.g. the record was rewritten remotely): follow it.
  useEffect(() => {
    setText(store.text(nodeId, field));
    return store.subscribe((changes) => {
      if (changes.nodes.updated.includes(nodeId) || changes.nodes.added.includes(nodeId)) {
        setText(store.text(nodeId, field));
      }
    });
  }, [store, nodeId, field]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !text) return undefined;
    let grouping = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const endGroup = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (grouping) undo.endGroup();
      grouping = false;
    };
    const unbind = bindYText(el, text, (edit) => {
      if (!grouping) {
        undo.beginGroup();
        grouping = true;
      }
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(endGroup, TYPING_GROUP_MS);
      store.run({
        type: 'text.edit',
        nodeId,
        field,
        index: edit.index,
        deleteCount: edit.remove,
        insert: edit.insert,
      });
    });
    el.addEventListener('blur', endGroup);
    return () => {
      el.removeEventListener('blur', endGroup);
      endGroup();
      unbind();
    };
  }, [text, store, undo, nodeId, field]);

  const id = `isf-insp-${field}`;
  return (
    <div className="isf-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={ref} rows={4} disabled={!text} />
      ) : (
        <input id={id} ref={ref} type="text" disabled={!text} />
      )}
    </div>
  );
}
