import type { ActorGroup, BenchmarkStatus, FundingSource, RiskLevel } from '@isf/framework';

export const BENCHMARK_STATUS_LABEL: Record<BenchmarkStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  achieved: 'Achieved',
};

export const FUNDING_LABEL: Record<FundingSource, string> = {
  assessed: 'Assessed contributions',
  voluntary: 'Voluntary contributions',
  agency: 'Agency funds',
  other: 'Other',
};

export const RISK_LEVEL_LABEL: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const ACTOR_GROUP_LABEL: Record<ActorGroup, string> = {
  'mission-component': 'Mission component',
  'country-team': 'UN country team',
  national: 'National',
  'other-partner': 'Other partner',
};

/** Today's date as `YYYY-MM-DD` (local calendar). */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
