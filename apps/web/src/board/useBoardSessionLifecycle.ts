import { useEffect, useState } from 'react';
import type { LinkRole } from '../api/apiClient';
import { colorForUser, getUserId, loadEntity, loadIdentity } from '../app/identity';
import type { BoardSession } from '../session/BoardSession';
import { createBoardSession } from '../session/createBoardSession';

/**
 * Opens the board session once the token and role are known, and closes it on unmount or when
 * they change. Identity comes from local storage (name and entity may still be empty: the join
 * dialog asks and calls `session.setIdentity`).
 */
export function useBoardSessionLifecycle(
  boardId: string,
  token: string | null,
  role: LinkRole | null,
): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    if (!token || !role) return undefined;
    const id = getUserId();
    const identity = loadIdentity();
    const created = createBoardSession({
      boardId,
      token,
      self: {
        id,
        name: identity?.name || 'Guest',
        color: colorForUser(id),
        role,
        entity: loadEntity(boardId) ?? null,
      },
    });
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [boardId, token, role]);
  return session;
}
