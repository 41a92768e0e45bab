import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink';

/** Shown for paths the app does not know. */
export const NotFoundPage = memo(function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('app:notFound')}</h1>
      <p>
        <AppLink href="/">{t('app:goHome')}</AppLink>
      </p>
    </main>
  );
});
