import type { TFunction } from 'i18next';
import type { StatusNotice } from '../session/BoardSession';

/**
 * What to show for a relay notice or permanent close, in the current language: our own wording for
 * the codes we know (read-only; close codes 4401, 4403, 4404), else the relay's text or the code.
 */
export function noticeLabel(notice: StatusNotice, t: TFunction): string {
  if (notice.kind === 'closed') {
    switch (notice.code) {
      case 4401:
        return t('status:closed.invalidLink');
      case 4403:
        return t('status:closed.revoked');
      case 4404:
        return t('status:closed.notFound');
      default:
        return notice.reason
          ? t('status:closed.otherReason', { code: notice.code, reason: notice.reason })
          : t('status:closed.other', { code: notice.code });
    }
  }
  if (notice.code === 'read-only') return t('status:notice.readOnly');
  return notice.message || notice.code || '';
}
