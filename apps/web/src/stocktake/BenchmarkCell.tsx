import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BENCHMARK_STATUSES } from '@isf/framework';
import type { Benchmark, BenchmarkStatus, PlanNode } from '@isf/framework';
import { isBenchmarkStale } from './stocktakeModel';

/** A review date (`YYYY-MM-DD` or a timestamp) in the reader's language, e.g. "27 nov. 2026". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(iso.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** Props of {@link BenchmarkCell}. */
export interface BenchmarkCellProps {
  node: PlanNode;
  benchmark: Benchmark;
  readOnly: boolean;
  onStatus(node: PlanNode, benchmark: Benchmark, status: BenchmarkStatus): void;
  /** The status select got the focus: show the item in the inspector. */
  onFocus(nodeId: string): void;
}

/** One benchmark: its text, a status select, who reviewed it and when, and a stale flag. */
export const BenchmarkCell = memo(function BenchmarkCell({
  node,
  benchmark,
  readOnly,
  onStatus,
  onFocus,
}: BenchmarkCellProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const stale = isBenchmarkStale(benchmark, node.status, new Date());
  const text = benchmark.text.trim() || t('stocktake:untitledBenchmark');
  return (
    <li
      className={`stocktake__benchmark${stale ? ' stocktake__benchmark--stale' : ''}`}
      data-benchmark-id={benchmark.id}
    >
      <span className="stocktake__text">{text}</span>
      <label htmlFor={id} className="visually-hidden">
        {t('stocktake:statusOf', { text })}
      </label>
      <select
        id={id}
        className={`status-select status-select--${benchmark.status}`}
        value={benchmark.status}
        disabled={readOnly}
        onChange={(e) => onStatus(node, benchmark, e.target.value as BenchmarkStatus)}
        onFocus={() => onFocus(node.id)}
      >
        {BENCHMARK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`common:benchmarkStatus.${s}`)}
          </option>
        ))}
      </select>
      <span className="stocktake__review">
        {benchmark.lastReviewed ? (
          <>
            {t('stocktake:reviewed', {
              who: benchmark.reviewedBy ?? t('stocktake:someone'),
            })}{' '}
            <time dateTime={benchmark.lastReviewed.slice(0, 10)}>
              {formatDate(benchmark.lastReviewed, i18n.resolvedLanguage ?? 'en')}
            </time>
          </>
        ) : (
          t('stocktake:neverReviewed')
        )}
      </span>
      {stale && (
        <span className="badge badge--stale">
          <span aria-hidden="true">⏰ </span>
          {t('stocktake:stale')}
        </span>
      )}
    </li>
  );
});
