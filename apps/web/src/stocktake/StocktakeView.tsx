import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BENCHMARK_STATUSES } from '@isf/framework';
import type { Benchmark, BenchmarkStatus, PlanNode } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';
import { useFindings } from '../problems/FindingsStore';
import { useBoard } from '../views/useBoard';
import { useHorizonLabel } from '../views/horizonLabel';
import { nodeTitle } from '../views/nodeTitle';
import { selectInInspector } from '../views/selectInInspector';
import { BenchmarkCell } from './BenchmarkCell';
import {
  STOCKTAKE_HORIZONS,
  localToday,
  attentionOnly,
  reviewCommand,
  stocktakeGroups,
} from './stocktakeModel';
import './stocktake.css';

/**
 * Stocktaking mode: outputs and their benchmarks by horizon; setting a status records who
 * (`session.self.name`) and when (today). Stale benchmarks are flagged; each objective shows its
 * counts by status.
 */
export const StocktakeView = memo(function StocktakeView({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const board = useBoard(session);
  const { findings } = useFindings(session);
  const label = useHorizonLabel(board.meta);
  // The table is recomputed on every board change; "now" moves with it.
  const [onlyAttention, setOnlyAttention] = useState(false);
  const groups = useMemo(() => {
    const now = new Date();
    const all = stocktakeGroups(board, now);
    return onlyAttention ? attentionOnly(all, now) : all;
  }, [board, onlyAttention]);
  const staleNodes = useMemo(
    () => new Set(findings.filter((f) => f.rule === 'BENCHMARK-STALE').flatMap((f) => f.nodeIds)),
    [findings],
  );
  const untitled = t('views:untitled');
  const onStatus = useCallback(
    (node: PlanNode, benchmark: Benchmark, status: BenchmarkStatus) => {
      session.store.run(
        reviewCommand(node.id, benchmark.id, status, session.self.name, localToday()),
      );
    },
    [session],
  );

  const onFocus = useCallback((id: string) => selectInInspector(session, id), [session]);

  return (
    <section className="view stocktake" aria-labelledby="stocktake-title">
      <header className="view__header">
        <h2 id="stocktake-title">{t('stocktake:title')}</h2>
        <p className="view__hint">{t('stocktake:hint', { name: session.self.name })}</p>
        <label className="view__option">
          <input
            type="checkbox"
            checked={onlyAttention}
            onChange={(e) => setOnlyAttention(e.target.checked)}
          />
          {t('stocktake:onlyAttention')}
        </label>
      </header>
      {groups.length === 0 && <p className="view__empty">{t('stocktake:empty')}</p>}
      {groups.map((group) => {
        const heading = group.objective
          ? nodeTitle(group.objective, untitled)
          : t('stocktake:noObjective');
        return (
          <section
            key={group.objective?.id ?? 'none'}
            className="stocktake__group"
            aria-label={heading}
          >
            <h3>
              {group.objective && (
                <span className="stocktake__kind">{t('common:kind.objective')} — </span>
              )}
              {heading}
            </h3>
            <p className="stocktake__summary" data-testid="stocktake-summary">
              {t('stocktake:summary', { total: group.counts.total })}{' '}
              {BENCHMARK_STATUSES.map((s) => (
                <span key={s} className={`status-chip status-chip--${s}`}>
                  {t('stocktake:chip', {
                    status: t(`common:benchmarkStatus.${s}`),
                    count: group.counts[s],
                  })}
                </span>
              ))}
              {group.counts.stale > 0 && (
                <span className="status-chip status-chip--stale">
                  <span aria-hidden="true">⏰ </span>
                  {t('stocktake:staleCount', { count: group.counts.stale })}
                </span>
              )}
            </p>
            {group.rows.length > 0 && (
              <table className="stocktake__table">
                <thead>
                  <tr>
                    <th scope="col">{t('common:kind.output')}</th>
                    {STOCKTAKE_HORIZONS.map((h) => (
                      <th key={h} scope="col">
                        {label(h)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {group.rows.map(({ node, byHorizon }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        {nodeTitle(node, untitled)}
                        {staleNodes.has(node.id) && (
                          <span className="badge badge--stale">
                            <span aria-hidden="true">⏰ </span>
                            {t('stocktake:staleBadge')}
                          </span>
                        )}
                      </th>
                      {STOCKTAKE_HORIZONS.map((h) => (
                        <td key={h}>
                          {byHorizon[h].length === 0 ? (
                            <span className="stocktake__none">{t('stocktake:noBenchmark')}</span>
                          ) : (
                            <ul className="stocktake__benchmarks">
                              {byHorizon[h].map((b) => (
                                <BenchmarkCell
                                  key={b.id}
                                  node={node}
                                  benchmark={b}
                                  readOnly={session.readOnly}
                                  onStatus={onStatus}
                                  onFocus={onFocus}
                                />
                              ))}
                            </ul>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </section>
  );
});
