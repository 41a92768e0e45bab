import { memo, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../board/ModalDialog';
import { messageText } from '../i18n';
import { boardPath, navigate } from '../app/route';
import { saveBoardToken } from '../app/tokenStore';
import { ImportRejected, importBoardFile, importFormat, type ImportIssue } from './transferApi';

/**
 * Imports a JSON or CSV file into a new board. Refused files show their row-level problems;
 * on success the owner link is remembered (as the shell's token store does) and the new board opens.
 */
export const ImportDialog = memo(function ImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [issues, setIssues] = useState<ImportIssue[]>([]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const format = importFormat(file);
    if (!format) {
      setError(t('transfer:import.badType'));
      return;
    }
    setBusy(true);
    setError('');
    setIssues([]);
    try {
      const text = await file.text();
      const res = await importBoardFile(text, format, title.trim() || undefined);
      saveBoardToken(res.board.id, res.link.token, res.board.title);
      onClose();
      navigate(boardPath(res.board.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      if (err instanceof ImportRejected) setIssues(err.issues);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy="import-title" onClose={onClose} className="import-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="import-title">{t('transfer:import.title')}</h2>
        <p>{t('transfer:import.body')}</p>
        <label htmlFor={fileId}>{t('transfer:import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={titleId}>{t('transfer:import.boardTitle')}</label>
        <input
          id={titleId}
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
        <div role="alert" className="import-dialog__errors">
          {error && (
            <p className="finding finding--error">
              {t('transfer:import.failed', { message: error })}
            </p>
          )}
          {issues.length > 0 && (
            <ul aria-label={t('transfer:import.issues')}>
              {issues.map((issue, i) => (
                <li key={i}>
                  <strong>
                    {issue.row === undefined
                      ? issue.path
                      : issue.column === undefined
                        ? t('transfer:import.atRow', { row: issue.row })
                        : t('transfer:import.atCell', { row: issue.row, column: issue.column })}
                  </strong>
                  {issue.path === '' && issue.row === undefined ? '' : ': '}
                  {messageText(issue, t)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!file || busy}>
            {t('transfer:import.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
});
