import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@isf/framework';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Inspector } from '../inspector/Inspector';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { BoardWorkspace } from '../views/BoardWorkspace';
import { loadEntity, loadIdentity, saveDisplayName, saveEntity } from '../app/identity';
import { adoptTokenFromLocation, getBoardToken } from '../app/tokenStore';
import { BoardSessionContext } from '../session/BoardSessionContext';
import type { BoardSession, Participant } from '../session/BoardSession';
import { useSyncStatus } from '../status/useSyncStatus';
import { BoardTopBar } from './BoardTopBar';
import { JoinDialog } from './JoinDialog';
import { NoAccess } from './NoAccess';
import { useBoardAccess } from './useBoardAccess';
import { useBoardInfo } from './useBoardInfo';
import { useBoardSessionLifecycle } from './useBoardSessionLifecycle';

interface JoinGateProps {
  session: BoardSession;
  actors: Actor[];
  hasNodes: boolean;
  onJoin(name: string, entity: string | null): void;
  onCancel?: () => void;
}

/** Shows the join dialog once the board's entities can be listed (doc loaded or synced). */
const JoinGate = memo(function JoinGate({
  session,
  actors,
  hasNodes,
  onJoin,
  onCancel,
}: JoinGateProps) {
  const status = useSyncStatus(session);
  // Synced, or (offline) the local copy loaded: the entities are as known as they will get.
  const ready =
    status.connection === 'online' ||
    (status.localLoaded && (status.connection === 'offline' || hasNodes));
  if (!ready) return null;
  return (
    <JoinDialog
      initialName={loadIdentity()?.name ?? ''}
      initialEntity={loadEntity(session.boardId) ?? null}
      actors={actors}
      onJoin={onJoin}
      onCancel={onCancel}
    />
  );
});

interface BoardViewProps {
  session: BoardSession;
  token: string;
}

/** The open board: top bar, canvas, inspector and problems, with the join dialog when needed. */
const BoardView = memo(function BoardView({ session, token }: BoardViewProps) {
  const { t } = useTranslation();
  const info = useBoardInfo(session);
  // A copy, replaced when the participant changes their name/entity (so the avatars re-render).
  const [self, setSelf] = useState<Participant>(() => ({ ...session.self }));
  const [needsJoin, setNeedsJoin] = useState(
    () => !loadIdentity()?.name || loadEntity(session.boardId) === undefined,
  );
  // The board itself never re-renders for the page chrome (title, people, join dialog).
  const board = useMemo(
    () => (
      <main id="board-main" className="board-main" aria-label={t('board:main')}>
        <div className="board-main__canvas">
          <BoardWorkspace session={session} canvas={<BoardCanvas session={session} />} />
        </div>
        <div className="board-main__side">
          <Inspector session={session} />
          <ProblemsPanel session={session} />
        </div>
      </main>
    ),
    [session, t],
  );
  useEffect(() => {
    document.title = t('app:documentTitle', { title: info.title || t('app:untitledBoard') });
    return () => {
      document.title = t('app:brand');
    };
  }, [info.title, t]);
  const onEditSelf = useCallback(() => setNeedsJoin(true), []);
  const onCancelEdit = useCallback(() => setNeedsJoin(false), []);
  const joinedBefore = !!loadIdentity()?.name && loadEntity(session.boardId) !== undefined;
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
          {t('board:skip')}
        </a>
        <BoardTopBar
          session={session}
          self={self}
          title={info.title}
          actors={info.actors}
          token={token}
          onEditSelf={onEditSelf}
        />
        {board}
        {needsJoin && (
          <JoinGate
            session={session}
            actors={info.actors}
            hasNodes={info.nodeCount > 0}
            onJoin={onJoin}
            {...(joinedBefore ? { onCancel: onCancelEdit } : {})}
          />
        )}
      </div>
    </BoardSessionContext.Provider>
  );
});

/** `/b/:boardId`: takes the token from the link, checks access, opens the session and the board. */
export const BoardPage = memo(function BoardPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => adoptTokenFromLocation(boardId) ?? getBoardToken(boardId));
  const access = useBoardAccess(boardId, token);
  const session = useBoardSessionLifecycle(
    boardId,
    token,
    access.state === 'ok' ? access.role : null,
  );

  if (access.state === 'no-token') {
    return <NoAccess message={t('board:access.noToken')} />;
  }
  if (access.state === 'denied') {
    const message =
      access.reason === 'not-found'
        ? t('board:access.notFound')
        : access.reason === 'revoked'
          ? t('board:access.revoked')
          : access.message;
    return <NoAccess message={message} />;
  }
  if (access.state === 'waiting') {
    return (
      <main id="main" className="page page--narrow">
        <h1>{t('board:access.opening')}</h1>
        <p role="status">{t('board:access.retrying', { message: access.message })}</p>
      </main>
    );
  }
  if (!session || !token) {
    return (
      <main id="main" className="page page--narrow">
        <p className="page-loading" role="status">
          {t('board:access.opening')}
        </p>
      </main>
    );
  }
  // Keyed by role: a link downgraded while open remounts the page read-only.
  return <BoardView key={session.self.role} session={session} token={token} />;
});
