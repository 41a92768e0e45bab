import { memo, useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../session/BoardSession';
import { useBoard } from '../views/useBoard';
import { useHorizonLabel } from '../views/horizonLabel';
import { MatrixTable } from '../views/matrix/MatrixTable';
import { entityTotals, matrixColumns, matrixRows } from '../views/matrix/matrixModel';
import './print.css';

const NO_EXTRA: ReadonlySet<string> = new Set();

/**
 * A print-friendly page of the responsibility matrix, over the app (a portal on `body`): its
 * `@media print` layout hides everything else, prints landscape and repeats the table header.
 */
export const PrintMatrix = memo(function PrintMatrix({
  session,
  onClose,
}: {
  session: BoardSession;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const board = useBoard(session);
  const label = useHorizonLabel(board.meta);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => matrixRows(board), [board]);
  const columns = useMemo(() => matrixColumns(board, NO_EXTRA, 'all'), [board]);
  const totals = useMemo(
    () =>
      entityTotals(
        board,
        columns.map((a) => a.id),
      ),
    [board, columns],
  );
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    document.body.classList.add('isf-printing');
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('isf-printing');
      document.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, [onClose]);
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'long' }).format(
    new Date(),
  );
  return createPortal(
    <div className="isf-print" role="dialog" aria-modal="true" aria-labelledby="print-title">
      <div className="isf-print__toolbar">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('print:print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
      <h1 id="print-title" ref={heading} tabIndex={-1}>
        {t('print:title', { board: board.meta.title })}
      </h1>
      <p className="isf-print__meta">
        {t('print:meta', { date })} {t('views:matrix.legend')}
      </p>
      {columns.length === 0 ? (
        <p>{t('views:matrix.noColumns')}</p>
      ) : (
        <MatrixTable
          columns={columns}
          rows={rows}
          totals={totals}
          horizonLabel={label}
          caption={t('views:matrix.title')}
        />
      )}
    </div>,
    document.body,
  );
});
