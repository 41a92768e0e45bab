import { memo } from 'react';
import { BoardList } from './BoardList';
import { CreateBoardForm } from './CreateBoardForm';
import { OpenLinkForm } from './OpenLinkForm';

/** Home: create a board, the boards this browser has links to, open a shared link. */
export const HomePage = memo(function HomePage() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <span className="site-header__brand">ISF Board</span>
        <span className="site-header__tagline">
          Build the Integrated Strategic Framework together, live
        </span>
      </header>
      <main id="main" className="page home">
        <h1>ISF Board</h1>
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
