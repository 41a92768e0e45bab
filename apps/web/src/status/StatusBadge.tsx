import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../session/BoardSession';
import { statusLabels } from './statusLabels';
import { useSyncStatus } from './useSyncStatus';

/**
 * Connection and save status: online / offline / reconnecting and "Saved" / "Saving…", announced
 * politely to screen readers. Relay notices (read-only, access revoked) are shown next to it.
 */
export const StatusBadge = memo(function StatusBadge({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const status = useSyncStatus(session);
  const labels = statusLabels(status, session.readOnly, t);
  return (
    <div
      className={`status status--${labels.tone}`}
      role="status"
      aria-label={t('status:label')}
      aria-live="polite"
      data-connection={status.connection}
    >
      <span className="status__dot" aria-hidden="true" />
      <span className="status__connection">{labels.connection}</span>
      {labels.saved && <span className="status__saved">{labels.saved}</span>}
      {labels.notice && <span className="status__notice">{labels.notice}</span>}
    </div>
  );
});
