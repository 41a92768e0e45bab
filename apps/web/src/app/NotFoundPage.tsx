import { memo } from 'react';
import { AppLink } from './AppLink';

/** Shown for paths the app does not know. */
export const NotFoundPage = memo(function NotFoundPage() {
  return (
    <main id="main" className="page page--narrow">
      <h1>Page not found</h1>
      <p>
        <AppLink href="/">Go to the home page</AppLink>
      </p>
    </main>
  );
});
