import { memo } from 'react';
import { AppLink } from '../app/AppLink';
import { OpenLinkForm } from '../home/OpenLinkForm';

/** Shown when a board cannot be opened: no token, revoked link, unknown board. */
export const NoAccess = memo(function NoAccess({ message }: { message: string }) {
  return (
    <main id="main" className="page page--narrow">
      <h1>This board cannot be opened</h1>
      <p role="alert">{message}</p>
      <OpenLinkForm />
      <p>
        <AppLink href="/">Go to the home page</AppLink>
      </p>
    </main>
  );
});
