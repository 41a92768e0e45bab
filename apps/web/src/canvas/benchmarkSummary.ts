import type { TFunction } from 'i18next';
import type { Benchmark } from '@isf/framework';

/**
 * A one-line stocktaking summary of benchmarks, e.g. "3/7 achieved, 1 at risk"; empty string when
 * there are none.
 */
export function benchmarkSummary(benchmarks: readonly Benchmark[], t: TFunction): string {
  if (benchmarks.length === 0) return '';
  let achieved = 0;
  let atRisk = 0;
  for (const b of benchmarks) {
    if (b.status === 'achieved') achieved++;
    else if (b.status === 'at-risk') atRisk++;
  }
  const values = { achieved, total: benchmarks.length, atRisk };
  return atRisk > 0
    ? t('canvas:benchmarks.summaryAtRisk', values)
    : t('canvas:benchmarks.summary', values);
}
