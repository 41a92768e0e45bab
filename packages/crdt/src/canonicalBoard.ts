import { normalizeBoard, type Board } from '@isf/framework';

/**
 * The board as `store.read()` returns it: `normalizeBoard` order (records, benchmarks and risks by
 * id) plus `support` and `tags` sorted and deduplicated, because the document stores them as sets,
 * and the lead left out of `support`.
 */
export function canonicalBoard(board: Board): Board {
  const normalized = normalizeBoard(board);
  return {
    ...normalized,
    nodes: normalized.nodes.map((n) => ({
      ...n,
      support: [...new Set(n.support)].filter((a) => a !== n.lead).sort(),
      tags: [...new Set(n.tags)].sort(),
    })),
  };
}
