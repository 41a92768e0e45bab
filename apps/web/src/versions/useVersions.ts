import { useCallback, useEffect, useState } from 'react';
import { getBoardToken } from '../app/tokenStore';
import type { BoardSession } from '../session/BoardSession';
import { listVersions, type VersionInfo } from './versionsApi';

/** The board's versions, loaded on mount and on `refresh()`, with the last error message. */
export function useVersions(session: BoardSession): {
  versions: VersionInfo[];
  error: string | null;
  token: string | null;
  refresh(): Promise<void>;
} {
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const token = getBoardToken(session.boardId);
  const refresh = useCallback(async () => {
    try {
      setVersions(await listVersions(session.boardId, token));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [session.boardId, token]);
  useEffect(() => {
    void refresh();
    // A restore or a version saved by someone else changes the board; refresh the list then
    // (debounced, so a burst of edits is one request).
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = session.store.subscribe((changes) => {
      if (changes.local) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 1500);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [refresh, session.store]);
  return { versions, error, token, refresh };
}
