import { RULE_IDS, SEVERITIES } from '../schema/index';
import type { Finding } from '../schema/index';

const severityRank = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));
const ruleRank = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));

function compareLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The canonical order of findings: severity (error, warning, info), rule (in `RULE_IDS` order),
 * then node ids, edge ids and message.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (severityRank.get(a.severity) ?? 9) - (severityRank.get(b.severity) ?? 9) ||
    (ruleRank.get(a.rule) ?? 99) - (ruleRank.get(b.rule) ?? 99) ||
    compareLists(a.nodeIds, b.nodeIds) ||
    compareLists(a.edgeIds, b.edgeIds) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Groups findings by the nodes they mention (for badges on the canvas). Each node's list keeps the
 * order of `findings`; a finding that names a node twice is listed once for it.
 */
export function findingsByNode(findings: readonly Finding[]): Map<string, Finding[]> {
  const byNode = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const id of new Set(f.nodeIds)) {
      const list = byNode.get(id);
      if (list) list.push(f);
      else byNode.set(id, [f]);
    }
  }
  return byNode;
}
