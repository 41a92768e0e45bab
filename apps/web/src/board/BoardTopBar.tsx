import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '@isf/framework';
import { AppLink } from '../app/AppLink';
import { PeerAvatars } from '../presence/PeerAvatars';
import type { BoardSession, Participant } from '../session/BoardSession';
import { StatusBadge } from '../status/StatusBadge';
import { ShareDialog } from './ShareDialog';

interface BoardTopBarProps {
  session: BoardSession;
  /** The local participant (a new object when they change name or entity). */
  self: Participant;
  title: string;
  actors: Actor[];
  token: string;
  /** Opens the join dialog again (change name or entity). */
  onEditSelf: () => void;
}

/** The board's top bar: title, read-only badge, people (click to follow), status, sharing. */
export const BoardTopBar = memo(function BoardTopBar({
  session,
  self,
  title,
  actors,
  token,
  onEditSelf,
}: BoardTopBarProps) {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState(false);
  return (
    <header className="topbar">
      <AppLink href="/" className="topbar__home">
        <span aria-hidden="true">◆</span> {t('app:brand')}
        <span className="visually-hidden">{t('board:topbar.home')}</span>
      </AppLink>
      <h1 className="topbar__title">{title || t('app:untitledBoard')}</h1>
      {session.readOnly && (
        <span className="badge badge--readonly" title={t('board:topbar.readOnlyHint')}>
          {t('board:topbar.readOnly')}
        </span>
      )}
      <div className="topbar__spacer" />
      <PeerAvatars self={self} actors={actors} onEditSelf={onEditSelf} />
      <StatusBadge session={session} />
      {session.self.role === 'owner' && (
        <button type="button" onClick={() => setSharing(true)}>
          {t('board:topbar.share')}
        </button>
      )}
      {sharing && (
        <ShareDialog boardId={session.boardId} token={token} onClose={() => setSharing(false)} />
      )}
    </header>
  );
});
