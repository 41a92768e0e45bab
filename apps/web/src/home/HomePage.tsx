import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n';
import { BoardList } from './BoardList';
import { CreateBoardForm } from './CreateBoardForm';
import { OpenLinkForm } from './OpenLinkForm';

/** Home: create a board, the boards this browser has links to, open a shared link. */
export const HomePage = memo(function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app:skipToContent')}
      </a>
      <header className="site-header">
        <span className="site-header__brand">{t('app:brand')}</span>
        <span className="site-header__tagline">{t('home:tagline')}</span>
        <span className="site-header__tools">
          <LanguageSwitch />
        </span>
      </header>
      <main id="main" className="page home">
        <h1>{t('app:brand')}</h1>
        <div className="home__grid">
          <CreateBoardForm />
          <div className="home__side">
            <BoardList />
            <OpenLinkForm />
          </div>
        </div>
      </main>
    </>
  );
});
