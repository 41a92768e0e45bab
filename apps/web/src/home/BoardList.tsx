import { memo, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBoards } from '../api/apiClient';
import type { BoardSummary } from '../api/apiClient';
import { AppLink } from '../app/AppLink';
import { roleLabel } from '../app/roleLabel';
import { boardPath } from '../app/route';
import { forgetBoard, listStoredBoards, saveBoardInfo } from '../app/tokenStore';
import type { StoredBoard } from '../app/tokenStore';

/** The boards this browser has links to (tokens in local storage), refreshed from the API. */
export const BoardList = memo(function BoardList() {
  const { t } = useTranslation();
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
      <h2 id={`${id}-title`}>{t('home:list.title')}</h2>
      {error && <p className="form-error">{t('home:list.refreshFailed', { message: error })}</p>}
      {stored.length === 0 ? (
        <p className="muted">{t('home:list.empty')}</p>
      ) : (
        <ul className="board-list">
          {stored.map((b) => {
            const info = live?.get(b.boardId);
            const gone = live !== null && !info;
            const title = info?.title || b.title;
            return (
              <li key={b.boardId} className="board-list__item">
                <AppLink href={boardPath(b.boardId)} className="board-list__link">
                  {title || t('app:untitledBoard')}
                </AppLink>
                {info && <span className="badge">{roleLabel(t, info.role)}</span>}
                {gone && <span className="badge badge--warn">{t('home:list.gone')}</span>}
                <button
                  type="button"
                  className="button--quiet"
                  onClick={() => onForget(b.boardId)}
                  aria-label={
                    title ? t('home:list.forgetLabel', { title }) : t('home:list.forgetUntitled')
                  }
                >
                  {t('home:list.forget')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
