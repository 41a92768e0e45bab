import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeDiff, type Board, type BoardDiff } from '@isf/framework';
import { BoardPreview } from './BoardPreview';
import { DiffList } from './DiffList';
import { diffEntries } from './diffEntries';

/** Two boards compared, with the server's diff between them. */
export interface Comparison {
  diff: BoardDiff;
  before: Board;
  after: Board;
  fromLabel: string;
  toLabel: string;
}

/** A comparison: summary counts, the canvas with markers and ghosts, and the list of changes. */
export const CompareView = memo(function CompareView({
  comparison,
  onClose,
}: {
  comparison: Comparison;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { diff, before, after, fromLabel, toLabel } = comparison;
  const entries = useMemo(() => diffEntries(diff, after), [diff, after]);
  const s = summarizeDiff(diff);
  return (
    <section className="versions__viewer versions__compare-view" aria-labelledby="compare-title">
      <div className="versions__viewer-head">
        <h3 id="compare-title">
          {t('versions:compare.heading', { from: fromLabel, to: toLabel })}
        </h3>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
      <p className="diff__summary">
        {t('versions:compare.summary', {
          nodesAdded: s.nodesAdded,
          nodesRemoved: s.nodesRemoved,
          nodesChanged: s.nodesChanged,
          edgesAdded: s.edgesAdded,
          edgesRemoved: s.edgesRemoved,
        })}
      </p>
      <BoardPreview
        board={after}
        before={before}
        diff={diff}
        label={t('versions:compare.canvasLabel')}
      />
      <h4>{t('versions:compare.listTitle')}</h4>
      <DiffList entries={entries} before={before} after={after} />
    </section>
  );
});
