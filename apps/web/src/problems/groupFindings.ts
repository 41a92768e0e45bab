import { SEVERITIES, type Finding, type Severity } from '@isf/framework';

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

/** "2 errors, 1 warning, 0 notes"-style text for live regions and labels. */
export function describeCounts(counts: Record<Severity, number>): string {
  const names: Record<Severity, [string, string]> = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['note', 'notes'],
  };
  return SEVERITIES.map((s) => `${counts[s]} ${names[s][counts[s] === 1 ? 0 : 1]}`).join(', ');
}

/** A stable key for a finding (for React lists and remembering the focused one). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.nodeIds.join(',')}|${f.edgeIds.join(',')}|${f.message}`;
}
