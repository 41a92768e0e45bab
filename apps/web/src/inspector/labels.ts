import type { TFunction } from 'i18next';
import type { FundingSource, RiskLevel } from '@isf/framework';

/** Names of the funding sources in the current language (literal keys for the key scanner). */
export function fundingLabels(t: TFunction): Record<FundingSource, string> {
  return {
    assessed: t('inspector:fundingSource.assessed'),
    voluntary: t('inspector:fundingSource.voluntary'),
    agency: t('inspector:fundingSource.agency'),
    other: t('inspector:fundingSource.other'),
  };
}

/** Names of the risk levels in the current language. */
export function riskLevelLabels(t: TFunction): Record<RiskLevel, string> {
  return {
    low: t('inspector:riskLevel.low'),
    medium: t('inspector:riskLevel.medium'),
    high: t('inspector:riskLevel.high'),
  };
}

/** Priority options (1 is the highest) in the current language. */
export function priorityLabels(t: TFunction): Record<number, string> {
  return {
    1: t('inspector:priorityOption.1'),
    2: t('inspector:priorityOption.2'),
    3: t('inspector:priorityOption.3'),
    4: t('inspector:priorityOption.4'),
    5: t('inspector:priorityOption.5'),
  };
}

/** "Reviewed 2026-11-27 by Ana"-style line of a benchmark's last review. */
export function reviewedText(
  t: TFunction,
  lastReviewed: string | null,
  reviewedBy: string | null,
): string {
  if (lastReviewed === null) return t('inspector:benchmarks.neverReviewed');
  const date = lastReviewed.slice(0, 10);
  return reviewedBy
    ? t('inspector:benchmarks.reviewedBy', { date, name: reviewedBy })
    : t('inspector:benchmarks.reviewed', { date });
}

/** Today's date as `YYYY-MM-DD` (local calendar). */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
