// Test oracle (used by property tests only): the event graph of SPEC.md "Sequencing semantics",
// written out directly from the text with plain maps and a DFS, independent of eventGraph.ts.
import type { Edge, PlanNode } from '../schema/index';

const ev = (id: string, e: 's' | 'f'): string => `${id}:${e}`;

/** Events reachable from one another, following the spec's definition literally. */
export interface EventOracle {
  /** Whether item `ancestor` contains item `id` through well-shaped contributes edges. */
  contains(ancestor: string, id: string): boolean;
  /** Whether event `to` is reachable from event `from` by at least one edge. */
  reaches(from: string, to: string): boolean;
  /** Whether the event graph (sequence self-loops included) has a cycle. */
  hasCycle(): boolean;
}

/** Builds the oracle for a board (first occurrence wins for duplicate node ids). */
export function eventOracle(nodes: readonly PlanNode[], edges: readonly Edge[]): EventOracle {
  const byId = new Map<string, PlanNode>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const parents = new Map<string, string[]>();
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (e.kind !== 'contributes' || !a || !b) continue;
    const ok =
      (a.kind === 'activity' && b.kind === 'output') ||
      (a.kind === 'output' && b.kind === 'objective');
    if (ok) parents.set(a.id, [...(parents.get(a.id) ?? []), b.id]);
  }
  const contains = (ancestor: string, id: string): boolean =>
    (parents.get(id) ?? []).some((p) => p === ancestor || contains(ancestor, p));
  const adj = new Map<string, string[]>();
  const add = (x: string, y: string): void => {
    adj.set(x, [...(adj.get(x) ?? []), y]);
  };
  for (const id of byId.keys()) add(ev(id, 's'), ev(id, 'f'));
  for (const [child, list] of parents) {
    for (const p of list) {
      add(ev(p, 's'), ev(child, 's'));
      add(ev(child, 'f'), ev(p, 'f'));
    }
  }
  for (const e of edges) {
    if (e.kind !== 'sequence' || !byId.has(e.source) || !byId.has(e.target)) continue;
    add(ev(e.source, 'f'), ev(e.target, contains(e.target, e.source) ? 'f' : 's'));
  }
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(adj.get(from) ?? [])];
    while (stack.length > 0) {
      const x = stack.pop() as string;
      if (x === to) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      stack.push(...(adj.get(x) ?? []));
    }
    return false;
  };
  return { contains, reaches, hasCycle: () => [...adj.keys()].some((x) => reaches(x, x)) };
}
