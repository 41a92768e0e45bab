import type { Board } from '../schema/board';
import { formatPath, importIssue } from './ImportError';
import type { ImportIssue } from './ImportError';

function duplicates<T extends { id: string }>(
  records: readonly T[],
  at: (index: number) => PropertyKey[],
  what: 'node' | 'edge' | 'actor' | 'benchmark' | 'risk',
  issues: ImportIssue[],
  root: string,
): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) {
      issues.push(
        importIssue(formatPath([...at(i), 'id'], root), `import.integrity.duplicate-${what}`, {
          id: r.id,
        }),
      );
    }
    seen.add(r.id);
  });
  return seen;
}

/**
 * Referential integrity of a schema-valid board, beyond what zod checks: unique ids (nodes,
 * edges, actors, and benchmarks/risks within a node), edges between existing nodes, lead and
 * support naming existing actors, no repeated support actor or tag. Paths are relative to
 * `root` and use the board's own array indices, e.g. `board.edges[2].target`.
 */
export function checkBoardIntegrity(board: Board, root = 'board'): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const nodeIds = duplicates(board.nodes, (i) => ['nodes', i], 'node', issues, root);
  duplicates(board.edges, (i) => ['edges', i], 'edge', issues, root);
  const actorIds = duplicates(board.actors, (i) => ['actors', i], 'actor', issues, root);
  board.edges.forEach((e, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(e[end])) {
        issues.push(
          importIssue(formatPath(['edges', i, end], root), 'import.integrity.edge-missing-node', {
            edge: e.id,
            node: e[end],
          }),
        );
      }
    }
  });
  board.nodes.forEach((n, i) => {
    duplicates(n.benchmarks, (j) => ['nodes', i, 'benchmarks', j], 'benchmark', issues, root);
    duplicates(n.risks, (j) => ['nodes', i, 'risks', j], 'risk', issues, root);
    if (n.lead !== null && !actorIds.has(n.lead)) {
      issues.push(
        importIssue(formatPath(['nodes', i, 'lead'], root), 'import.integrity.lead-not-actor', {
          actor: n.lead,
        }),
      );
    }
    const support = new Set<string>();
    n.support.forEach((s, k) => {
      const path = formatPath(['nodes', i, 'support', k], root);
      if (!actorIds.has(s))
        issues.push(importIssue(path, 'import.integrity.support-not-actor', { actor: s }));
      if (support.has(s))
        issues.push(importIssue(path, 'import.integrity.support-twice', { actor: s }));
      support.add(s);
    });
    const tags = new Set<string>();
    n.tags.forEach((t, k) => {
      if (tags.has(t)) {
        issues.push(
          importIssue(formatPath(['nodes', i, 'tags', k], root), 'import.integrity.tag-twice', {
            tag: t,
          }),
        );
      }
      tags.add(t);
    });
  });
  return issues;
}
