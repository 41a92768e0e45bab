import { Suspense, memo, useCallback, useState } from 'react';
import { loadEntity, loadIdentity, saveDisplayName, saveEntity } from '../app/identity';
import { adoptTokenFromLocation, getBoardToken } from '../app/tokenStore';
import { BoardSessionContext } from '../session/BoardSessionContext';
import type { BoardSession, Participant } from '../session/BoardSession';
import { useSyncStatus } from '../status/useSyncStatus';
import { BoardCanvasPart, InspectorPart, ProblemsPanelPart } from './boardParts';
import { BoardTopBar } from './BoardTopBar';
import { JoinDialog } from './JoinDialog';
import { NoAccess } from './NoAccess';
import { useBoardAccess } from './useBoardAccess';
import { useBoardInfo } from './useBoardInfo';
import { useBoardSessionLifecycle } from './useBoardSessionLifecycle';

/** Shown where a part of the board UI has not been built yet. */
const Placeholder = memo(function Placeholder({ label }: { label: string }) {
  return <p className="placeholder">{label} is not available yet.</p>;
});

interface BoardViewProps {
  session: BoardSession;
  token: string;
}

/** The open board: top bar, canvas, inspector and problems, with the join dialog when needed. */
const BoardView = memo(function BoardView({ session, token }: BoardViewProps) {
  const info = useBoardInfo(session);
  const status = useSyncStatus(session);
  // A copy, replaced when the participant changes their name/entity (so the avatars re-render).
  const [self, setSelf] = useState<Participant>(() => ({ ...session.self }));
  const [needsJoin, setNeedsJoin] = useState(
    () => !loadIdentity()?.name || loadEntity(session.boardId) === undefined,
  );
  const docReady =
    status.localLoaded &&
    (status.connection === 'online' || info.nodeCount > 0 || status.connection === 'offline');
  const onJoin = useCallback(
    (name: string, entity: string | null) => {
      saveDisplayName(name);
      saveEntity(session.boardId, entity);
      session.setIdentity({ name, entity });
      setSelf({ ...session.self });
      setNeedsJoin(false);
    },
    [session],
  );

  return (
    <BoardSessionContext.Provider value={session}>
      <div className="board-page">
        <a className="skip-link" href="#board-main">
          Skip to the board
        </a>
        <BoardTopBar
          session={session}
          self={self}
          title={info.title}
          actors={info.actors}
          token={token}
        />
        <main id="board-main" className="board-main" aria-label="Board">
          <div className="board-main__canvas">
            {BoardCanvasPart ? (
              <Suspense fallback={<p className="placeholder">Loading the canvas…</p>}>
                <BoardCanvasPart session={session} />
              </Suspense>
            ) : (
              <Placeholder label="The canvas" />
            )}
          </div>
          <div className="board-main__side">
            {InspectorPart ? (
              <Suspense fallback={null}>
                <InspectorPart session={session} />
              </Suspense>
            ) : (
              <Placeholder label="The inspector" />
            )}
            {ProblemsPanelPart ? (
              <Suspense fallback={null}>
                <ProblemsPanelPart session={session} />
              </Suspense>
            ) : (
              <Placeholder label="The problems panel" />
            )}
          </div>
        </main>
        {needsJoin && docReady && (
          <JoinDialog
            initialName={loadIdentity()?.name ?? ''}
            initialEntity={loadEntity(session.boardId) ?? null}
            actors={info.actors}
            onJoin={onJoin}
          />
        )}
      </div>
    </BoardSessionContext.Provider>
  );
});

/** `/b/:boardId`: takes the token from the link, checks access, opens the session and the board. */
export const BoardPage = memo(function BoardPage({ boardId }: { boardId: string }) {
  const [token] = useState(() => adoptTokenFromLocation(boardId) ?? getBoardToken(boardId));
  const access = useBoardAccess(boardId, token);
  const session = useBoardSessionLifecycle(
    boardId,
    token,
    access.state === 'ok' ? access.role : null,
  );

  if (access.state === 'no-token') {
    return (
      <NoAccess message="You need a link to open this board. Paste the link someone shared with you." />
    );
  }
  if (access.state === 'denied') return <NoAccess message={access.message} />;
  if (!session || !token) {
    return (
      <main id="main" className="page page--narrow">
        <p className="page-loading" role="status">
          Opening the board…
        </p>
      </main>
    );
  }
  return <BoardView session={session} token={token} />;
});
