import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from './versionsApi';

/** Props of {@link VersionList}. */
export interface VersionListProps {
  versions: VersionInfo[];
  canRestore: boolean;
  onOpen(version: VersionInfo): void;
  onCompareWithNow(version: VersionInfo): void;
  onRestore(version: VersionInfo): void;
}

/** The board's versions, newest first: label, kind badge, author, time, note and actions. */
export const VersionList = memo(function VersionList({
  versions,
  canRestore,
  onOpen,
  onCompareWithNow,
  onRestore,
}: VersionListProps) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  if (versions.length === 0) return <p className="view__empty">{t('versions:list.empty')}</p>;
  return (
    <ol className="versions__list" aria-label={t('versions:list.title')}>
      {versions.map((v) => (
        <li key={v.id} className="versions__item" data-version-id={v.id}>
          <div className="versions__item-head">
            <span className="versions__label">{v.label}</span>
            <span className={`kind-badge kind-badge--${v.kind}`}>
              {t(`versions:kind.${v.kind}`)}
            </span>
          </div>
          <div className="versions__meta">
            {t('versions:list.byline', {
              author: v.author,
              time: format.format(new Date(v.createdAt)),
            })}
          </div>
          {v.note && <p className="versions__note">{v.note}</p>}
          <div className="versions__actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onOpen(v)}
              aria-label={t('versions:list.openLabel', { label: v.label })}
            >
              {t('versions:list.open')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onCompareWithNow(v)}
              aria-label={t('versions:list.compareNowLabel', { label: v.label })}
            >
              {t('versions:list.compareNow')}
            </button>
            {canRestore && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onRestore(v)}
                aria-label={t('versions:list.restoreLabel', { label: v.label })}
              >
                {t('versions:list.restore')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
});
