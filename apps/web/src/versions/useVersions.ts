import { useCallback, useEffect, useState } from 'react';
import { getBoardToken } from '../app/tokenStore';
import type { BoardSession } from '../session/BoardSession';
import { listVersions, type VersionInfo } from './versionsApi';

/** Least time between two refreshes caused by others' changes (ms). */
const REFRESH_MS = 10_000;

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
    // A restore or a version saved by someone else shows up as remote changes: refresh the list
    // then, at most once per REFRESH_MS (a workshop of 60 makes many changes).
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = Date.now();
    const off = session.store.subscribe((changes) => {
      if (changes.local || timer) return;
      const wait = Math.max(1500, last + REFRESH_MS - Date.now());
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        void refresh();
      }, wait);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [refresh, session.store]);
  return { versions, error, token, refresh };
}
