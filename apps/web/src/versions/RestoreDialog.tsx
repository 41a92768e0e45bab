import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../board/ModalDialog';
import type { VersionInfo } from './versionsApi';

/** Props of {@link RestoreDialog}. */
export interface RestoreDialogProps {
  version: VersionInfo;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before restoring a version (the current board is kept as a "before restore" version). */
export const RestoreDialog = memo(function RestoreDialog({
  version,
  busy,
  onConfirm,
  onCancel,
}: RestoreDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog labelledBy="restore-title" onClose={onCancel}>
      <h2 id="restore-title">{t('versions:restore.title')}</h2>
      <p>{t('versions:restore.body', { label: version.label })}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common:cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onConfirm}
          disabled={busy}
        >
          {t('versions:restore.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
});
