import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../app/AppLink';
import { OpenLinkForm } from '../home/OpenLinkForm';

/** Shown when a board cannot be opened: no token, revoked link, unknown board. */
export const NoAccess = memo(function NoAccess({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('board:access.cannotOpen')}</h1>
      <p role="alert">{message}</p>
      <OpenLinkForm />
      <p>
        <AppLink href="/">{t('app:goHome')}</AppLink>
      </p>
    </main>
  );
});
