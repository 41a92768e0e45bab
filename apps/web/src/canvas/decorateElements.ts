import type { FlowEdge } from './flowElements';
import type { FlowNode } from './PlanNodes';

/** Display-only overrides applied on top of the canvas' node and edge arrays. */
export interface DisplayOverrides {
  /** Others' live drags: shown at these positions while they drag. */
  peerDrags: ReadonlyMap<string, { x: number; y: number }>;
  /** Matching node ids of the active filter, or null (no filter). */
  matching: ReadonlySet<string> | null;
  filterMode: 'dim' | 'hide';
  highlightNodes: ReadonlySet<string>;
  highlightEdges: ReadonlySet<string>;
}

type Cache<T extends object> = WeakMap<T, { key: string; value: T }>;

/** Maps `items`; returns `items` itself when every element maps to itself (no new array). */
function sameOrNew<T>(items: readonly T[], fn: (item: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const mapped = fn(item);
    if (out === null && mapped !== item) out = items.slice(0, i);
    if (out !== null) out.push(mapped);
  }
  return out ?? (items as T[]);
}

/** Creates the identity cache used by {@link decorateNodes}/{@link decorateEdges}. */
export function createDecorationCache<T extends object>(): Cache<T> {
  return new WeakMap();
}

/**
 * Applies display overrides (peer drags, filter dim/hide, problem highlight). Undecorated nodes are
 * returned as they are and decorated ones are cached per (node, decoration), so React Flow only
 * re-renders nodes whose look changed.
 */
export function decorateNodes(
  nodes: readonly FlowNode[],
  o: DisplayOverrides,
  cache: Cache<FlowNode>,
): FlowNode[] {
  return sameOrNew(nodes, (n) => {
    const drag = n.dragging ? undefined : o.peerDrags.get(n.id);
    const unmatched = o.matching !== null && !o.matching.has(n.id);
    const hidden = unmatched && o.filterMode === 'hide';
    const dim = unmatched && o.filterMode === 'dim';
    const hl = o.highlightNodes.has(n.id);
    if (!drag && !unmatched && !hl) return n;
    const key = `${drag ? `${drag.x},${drag.y}` : ''}|${hidden ? 'h' : ''}${dim ? 'd' : ''}${hl ? 'l' : ''}`;
    const cached = cache.get(n);
    if (cached && cached.key === key) return cached.value;
    const classes = [
      n.className,
      dim && 'isf-dim',
      hl && 'isf-highlight',
      drag && 'isf-peer-dragging',
    ]
      .filter(Boolean)
      .join(' ');
    const value: FlowNode = {
      ...n,
      position: drag ? { x: drag.x, y: drag.y } : n.position,
      hidden: hidden || n.hidden,
      className: classes,
    };
    cache.set(n, { key, value });
    return value;
  });
}

/** Edge counterpart of {@link decorateNodes}: dims/hides edges touching non-matching nodes. */
export function decorateEdges(
  edges: readonly FlowEdge[],
  o: DisplayOverrides,
  cache: Cache<FlowEdge>,
): FlowEdge[] {
  return sameOrNew(edges, (e) => {
    const unmatched =
      o.matching !== null && (!o.matching.has(e.source) || !o.matching.has(e.target));
    const hidden = unmatched && o.filterMode === 'hide';
    const dim = unmatched && o.filterMode === 'dim';
    const hl = o.highlightEdges.has(e.id);
    if (!unmatched && !hl) return e;
    const key = `${hidden ? 'h' : ''}${dim ? 'd' : ''}${hl ? 'l' : ''}`;
    const cached = cache.get(e);
    if (cached && cached.key === key) return cached.value;
    const value: FlowEdge = {
      ...e,
      hidden: hidden || e.hidden,
      className: [e.className, dim && 'isf-dim', hl && 'isf-highlight'].filter(Boolean).join(' '),
    };
    cache.set(e, { key, value });
    return value;
  });
}
