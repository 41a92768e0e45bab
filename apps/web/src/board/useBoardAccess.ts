import { useEffect, useState } from 'react';
import { ApiRequestError, getBoardAccess } from '../api/apiClient';
import type { LinkRole } from '../api/apiClient';
import { getStoredBoard, saveBoardInfo } from '../app/tokenStore';

/** How long to wait before asking the server again when it cannot be reached. */
const RETRY_MS = 3000;

/** Whether (and how) this browser may open a board. */
export type BoardAccess =
  | { state: 'loading' }
  /** The server cannot be reached and this browser has not opened the board before: retrying. */
  | { state: 'waiting'; message: string }
  | { state: 'no-token' }
  /** Refused: the board is gone, the link does not open it, or another error (its message). */
  | { state: 'denied'; reason: 'not-found' | 'revoked' | 'error'; message: string }
  | { state: 'ok'; role: LinkRole; title: string; offline: boolean };

/**
 * Checks the link token against the API (role and title). Without a connection it falls back to the
 * role remembered from the last visit, so an offline reload still opens the board from IndexedDB;
 * a first visit keeps retrying until the server answers.
 */
export function useBoardAccess(boardId: string, token: string | null): BoardAccess {
  const [access, setAccess] = useState<BoardAccess>(() =>
    token ? { state: 'loading' } : { state: 'no-token' },
  );
  useEffect(() => {
    if (!token) {
      setAccess({ state: 'no-token' });
      return undefined;
    }
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    const attempt = (): void => {
      getBoardAccess(boardId, token).then(
        (board) => {
          if (cancelled) return;
          saveBoardInfo(boardId, { title: board.title, role: board.role });
          setAccess({ state: 'ok', role: board.role, title: board.title, offline: false });
        },
        (error: unknown) => {
          if (cancelled) return;
          const stored = getStoredBoard(boardId);
          if (
            error instanceof ApiRequestError &&
            (error.status === 0 || error.status >= 500) &&
            stored?.role
          ) {
            setAccess({ state: 'ok', role: stored.role, title: stored.title, offline: true });
            return;
          }
          if (
            error instanceof ApiRequestError &&
            (error.status === 0 || error.status === 429 || error.status >= 500)
          ) {
            setAccess({ state: 'waiting', message: error.message });
            retry = setTimeout(attempt, RETRY_MS);
            return;
          }
          const message = error instanceof Error ? error.message : String(error);
          const reason =
            error instanceof ApiRequestError && error.status === 404
              ? 'not-found'
              : error instanceof ApiRequestError && (error.status === 401 || error.status === 403)
                ? 'revoked'
                : 'error';
          setAccess({ state: 'denied', reason, message });
        },
      );
    };
    attempt();
    return () => {
      cancelled = true;
      if (retry !== null) clearTimeout(retry);
    };
  }, [boardId, token]);
  return access;
}
