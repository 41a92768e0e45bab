import type { Edge, EdgeKind, PlanNode } from '../schema/index';
import { buildBoardIndex, type AnalyzableBoard, type BoardIndex } from './boardIndex';
import { containsItem, eventPath, itemOf } from './eventGraph';
import { findPath } from './graph';
import { label, pathLabel } from './labels';
import { isContributesShape } from './rules/contributesShape';
import { describeLoop, loopSteps } from './sequenceLoop';

/** Why a new edge is refused. */
export type ConnectionRefusal =
  'self-loop' | 'duplicate' | 'missing-node' | 'contributes-shape' | 'cycle';

/** The answer of {@link validateConnection}. */
export type ConnectionCheck =
  | { ok: true }
  | {
      ok: false;
      reason: ConnectionRefusal;
      /** A human-readable sentence naming the items by title, for display in place. */
      message: string;
      /** For `cycle`: node ids of the cycle the edge would close, from `target` round to `source`. */
      path?: string[];
    };

/** The edge someone wants to draw. */
export interface ConnectionRequest {
  kind: EdgeKind;
  source: string;
  target: string;
}

const refuse = (reason: ConnectionRefusal, message: string, path?: string[]): ConnectionCheck =>
  path ? { ok: false, reason, message, path } : { ok: false, reason, message };

/**
 * Checks whether an edge may be added to the board, before it is added. Checks, in this order:
 * `missing-node` (source or target not on the board), `self-loop`, `contributes-shape` (only
 * activity → output and output → objective), `duplicate` (same kind, source and target), and for
 * `sequence` / `priority`: `cycle` — the edge would close a cycle among edges of the same kind
 * (for `priority`, an existing reverse edge is such a contradiction). Dangling edges are ignored.
 * O(V + E) per call.
 */
export function validateConnection(
  board: AnalyzableBoard,
  request: ConnectionRequest,
): ConnectionCheck {
  const { kind, source, target } = request;
  // Input order is kept (no sort): cheaper for one search; ties follow the input order.
  const index = buildBoardIndex(board, false);
  const byId = {
    get: (id: string) => index.nodes[index.indexOf.get(id) ?? -1],
    has: (id: string) => index.indexOf.has(id),
  };
  const a = byId.get(source);
  const b = byId.get(target);
  if (!a || !b) {
    const missing = [!a ? source : null, !b && target !== source ? target : null].filter(
      (x): x is string => x !== null,
    );
    return refuse(
      'missing-node',
      missing.length === 1
        ? `The item "${missing[0]}" is not on the board (it may have just been deleted).`
        : `The items "${missing.join('" and "')}" are not on the board.`,
    );
  }
  if (source === target) {
    const text =
      kind === 'sequence'
        ? `${label(a)} cannot be sequenced after itself.`
        : kind === 'priority'
          ? `${label(a)} cannot be more important than itself.`
          : `${label(a)} cannot contribute to itself.`;
    return refuse('self-loop', text);
  }
  if (kind === 'contributes' && !isContributesShape(a.kind, b.kind)) {
    return refuse(
      'contributes-shape',
      `${label(a)} (${a.kind}) cannot contribute to ${label(b)} (${b.kind}): an activity contributes to an output, and an output to an objective.`,
    );
  }
  const live: Edge[] = [];
  for (const e of board.edges) {
    if (e.kind !== kind || !byId.has(e.source) || !byId.has(e.target)) continue;
    if (e.source === source && e.target === target) {
      const text =
        kind === 'sequence'
          ? `${label(a)} is already sequenced before ${label(b)}.`
          : kind === 'priority'
            ? `${label(a)} is already marked more important than ${label(b)}.`
            : `${label(a)} already contributes to ${label(b)}.`;
      return refuse('duplicate', text);
    }
    live.push(e);
  }
  if (kind === 'contributes') return { ok: true };
  if (kind === 'sequence') return sequenceCycle(index, a, b);
  const path = findPath(live, kind, target, source);
  if (!path) return { ok: true };
  const loop = pathLabel([...path, target].map((id) => byId.get(id)));
  const text =
    path.length === 2
      ? `${label(b)} is already marked more important than ${label(a)}; marking the opposite would contradict it.`
      : `${label(a)} cannot be more important than ${label(b)}: the existing priorities already rank ${label(b)} above ${label(a)} (${loop}).`;
  return refuse('cycle', text, path);
}

/**
 * Would a sequence edge a → b close a loop in the event graph (SPEC.md, "Sequencing semantics")?
 * The new edge is `a.finish → b.start` (`→ b.finish` when b contains a); it closes a loop iff its
 * head already reaches `a.finish`. One BFS over the event graph.
 */
function sequenceCycle(index: BoardIndex, a: PlanNode, b: PlanNode): ConnectionCheck {
  const g = index.events();
  const s = index.indexOf.get(a.id) as number;
  const t = index.indexOf.get(b.id) as number;
  const contains = containsItem(index.graph('contributes'), index.nodes, t, s);
  const back = eventPath(g, contains ? 2 * t + 1 : 2 * t, 2 * s + 1);
  if (!back) return { ok: true };
  const path: string[] = [b.id];
  for (const k of back) {
    const id = index.nodes[itemOf(g.dst[k] as number)]?.id ?? '';
    if (id !== path[path.length - 1]) path.push(id);
  }
  const steps = loopSteps(index, g, back);
  const text =
    steps.length > 0 && steps.every((x) => x.how === 'starts')
      ? `${label(b)} cannot follow ${label(a)}: ${label(a)} already waits for ${label(b)} to finish, so this would create a sequencing loop (${pathLabel([...path, b.id].map((id) => index.nodes[index.indexOf.get(id) ?? -1]))}).`
      : `${label(b)} cannot follow ${label(a)}: ${describeLoop(index, steps)}, so this would create a sequencing loop.`;
  return refuse('cycle', text, path);
}
