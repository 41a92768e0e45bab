import { memo, useCallback, useEffect, useId, useState } from 'react';
import { listBoards } from '../api/apiClient';
import type { BoardSummary } from '../api/apiClient';
import { AppLink } from '../app/AppLink';
import { boardPath } from '../app/route';
import { forgetBoard, listStoredBoards, saveBoardInfo } from '../app/tokenStore';
import type { StoredBoard } from '../app/tokenStore';

const ROLE_LABEL: Record<BoardSummary['role'], string> = {
  owner: 'Owner',
  editor: 'Editor',
  viewer: 'Viewer',
};

/** The boards this browser has links to (tokens in local storage), refreshed from the API. */
export const BoardList = memo(function BoardList() {
  const id = useId();
  const [stored, setStored] = useState<StoredBoard[]>(() => listStoredBoards());
  const [live, setLive] = useState<Map<string, BoardSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const tokens = stored.map((b) => b.token);
    if (tokens.length === 0) return undefined;
    let cancelled = false;
    listBoards(tokens).then(
      (boards) => {
        if (cancelled) return;
        for (const b of boards) saveBoardInfo(b.id, { title: b.title, role: b.role });
        setLive(new Map(boards.map((b) => [b.id, b])));
        setError(null);
      },
      (e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [stored]);

  const onForget = useCallback((boardId: string) => {
    forgetBoard(boardId);
    setStored(listStoredBoards());
  }, []);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your boards</h2>
      {error && <p className="form-error">Could not refresh the list: {error}</p>}
      {stored.length === 0 ? (
        <p className="muted">
          No boards yet in this browser. Create one, or open a link someone shared.
        </p>
      ) : (
        <ul className="board-list">
          {stored.map((b) => {
            const info = live?.get(b.boardId);
            const gone = live !== null && !info;
            return (
              <li key={b.boardId} className="board-list__item">
                <AppLink href={boardPath(b.boardId)} className="board-list__link">
                  {info?.title || b.title || 'Untitled board'}
                </AppLink>
                {info && <span className="badge">{ROLE_LABEL[info.role]}</span>}
                {gone && <span className="badge badge--warn">Link no longer valid</span>}
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => onForget(b.boardId)}
                  aria-label={`Forget ${info?.title || b.title || 'this board'} in this browser`}
                >
                  Forget
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
