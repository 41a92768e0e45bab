import type { TFunction } from 'i18next';
import type { Finding, Severity } from '@isf/framework';

/** Findings split by severity, each list keeping the input order. */
export type FindingGroups = Record<Severity, Finding[]>;

/** Groups findings by severity (error, warning, info). */
export function groupFindings(findings: readonly Finding[]): FindingGroups {
  const groups: FindingGroups = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}

/** Number of findings per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 errors, 1 warning, 0 notes"-style text for live regions and labels (translated). */
export function describeCounts(counts: Record<Severity, number>, t: TFunction): string {
  return t('problems:counts', {
    errors: t('problems:count.error', { count: counts.error }),
    warnings: t('problems:count.warning', { count: counts.warning }),
    notes: t('problems:count.info', { count: counts.info }),
  });
}

/**
 * A stable key for a finding (for React lists and remembering the focused one). Independent of
 * the UI language: `message` is the framework's English text of `code` + `params`.
 */
export function findingKey(f: Finding): string {
  return `${f.code}|${f.nodeIds.join(',')}|${f.edgeIds.join(',')}|${f.message}`;
}
