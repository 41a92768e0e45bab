import { useEffect, useId, useState, type KeyboardEvent } from 'react';

/** Props of {@link CommitField}. */
export interface CommitFieldProps {
  label: string;
  value: string;
  /** Called with the new value on blur or Enter (single-line), when it differs. */
  onCommit(value: string): void;
  multiline?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  type?: 'text' | 'number';
  /** Hide the visible label (it stays the accessible name). */
  hideLabel?: boolean;
}

/**
 * A text field for plain (last-writer-wins) values: edits stay local while focused and are written
 * once on blur or Enter; Escape reverts. Shows remote changes while not being edited.
 */
export function CommitField(props: CommitFieldProps) {
  const { label, value, onCommit, multiline, readOnly, placeholder, type, hideLabel } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  const commit = (): void => {
    setEditing(false);
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !multiline) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(value);
      setEditing(false);
    }
  };
  const common = {
    id,
    value: draft,
    readOnly,
    placeholder,
    onChange: (e: { target: { value: string } }) => {
      setEditing(true);
      setDraft(e.target.value);
    },
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="isf-field">
      <label htmlFor={id} className={hideLabel ? 'isf-visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea rows={2} {...common} /> : <input type={type ?? 'text'} {...common} />}
    </div>
  );
}
