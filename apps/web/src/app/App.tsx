import { Suspense, lazy, memo } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import { HomePage } from '../home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { parseRoute, usePathname } from './route';

const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));

/** The app shell: picks the page for the current path (`/` home, `/b/:boardId` board). */
export const App = memo(function App() {
  const { t } = useTranslation();
  const route = parseRoute(usePathname());
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'board':
      return (
        <Suspense fallback={<p className="page-loading">{t('app:loadingBoard')}</p>}>
          <BoardPage key={route.boardId} boardId={route.boardId} />
        </Suspense>
      );
    default:
      return <NotFoundPage />;
  }
});
