import { memo, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link SaveVersionForm}. */
export interface SaveVersionFormProps {
  disabled: boolean;
  onSave(label: string, note: string): Promise<boolean>;
}

/** Label and note of a new named version, and the save button. */
export const SaveVersionForm = memo(function SaveVersionForm({
  disabled,
  onSave,
}: SaveVersionFormProps) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const labelId = useId();
  const noteId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    setBusy(true);
    const ok = await onSave(label.trim(), note.trim());
    setBusy(false);
    if (ok) {
      setLabel('');
      setNote('');
    }
  };
  return (
    <form
      className="versions__save"
      onSubmit={(e) => void submit(e)}
      aria-label={t('versions:save.title')}
    >
      <h3>{t('versions:save.title')}</h3>
      <label htmlFor={labelId}>{t('versions:save.label')}</label>
      <input
        id={labelId}
        value={label}
        maxLength={200}
        required
        disabled={disabled}
        onChange={(e) => setLabel(e.target.value)}
      />
      <label htmlFor={noteId}>{t('versions:save.note')}</label>
      <textarea
        id={noteId}
        value={note}
        maxLength={4000}
        rows={2}
        disabled={disabled}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="submit"
        className="button button--primary"
        disabled={disabled || busy || !label.trim()}
      >
        {t('versions:save.submit')}
      </button>
    </form>
  );
});
