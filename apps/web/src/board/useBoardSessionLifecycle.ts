import { useEffect, useState } from 'react';
import type { LinkRole } from '../api/apiClient';
import { i18next } from '../i18n/i18n';
import { colorForUser, getUserId, loadEntity, loadIdentity } from '../app/identity';
import type { BoardSession } from '../session/BoardSession';
import { createBoardSession } from '../session/createBoardSession';
import { saveBoardInfo } from '../app/tokenStore';

/**
 * Opens the board session once the token and role are known, and closes it on unmount or when
 * they change. Identity comes from local storage (name and entity may still be empty: the join
 * dialog asks and calls `session.setIdentity`). A link downgraded to viewer while open reopens the
 * board read-only.
 */
export function useBoardSessionLifecycle(
  boardId: string,
  token: string | null,
  role: LinkRole | null,
): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  // Set when the relay reports that the link was downgraded to viewer while the board was open.
  const [downgraded, setDowngraded] = useState(false);
  const effectiveRole: LinkRole | null = downgraded && role ? 'viewer' : role;
  useEffect(() => {
    if (!token || !effectiveRole) return undefined;
    const id = getUserId();
    const identity = loadIdentity();
    const created = createBoardSession({
      boardId,
      token,
      self: {
        id,
        name: identity?.name || i18next.t('presence:guest'),
        color: colorForUser(id),
        role: effectiveRole,
        entity: loadEntity(boardId) ?? null,
      },
      onReadOnly: () => {
        saveBoardInfo(boardId, { role: 'viewer' });
        setDowngraded(true);
      },
    });
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [boardId, token, effectiveRole]);
  return session;
}
