import type { Edge, EdgeKind, PlanNode } from '../schema/index';
import { buildBoardIndex, type AnalyzableBoard, type BoardIndex } from './boardIndex';
import { containsItem, eventPath, itemOf } from './eventGraph';
import { findPath } from './graph';
import { label, pathLabel } from './labels';
import { isContributesShape } from './rules/contributesShape';
import { loopParams, loopSteps } from './sequenceLoop';
import { formatMessage } from '../messages/messagesEn';
import type { MessageParams } from '../messages/DomainMessage';
import { word } from './rules/makeFinding';

/** Why a new edge is refused. */
export type ConnectionRefusal =
  'self-loop' | 'duplicate' | 'missing-node' | 'contributes-shape' | 'cycle';

/** The answer of {@link validateConnection}. */
export type ConnectionCheck =
  | { ok: true }
  | {
      ok: false;
      reason: ConnectionRefusal;
      /** Message code, `connection.<reason>.<variant>` (English templates in `FRAMEWORK_MESSAGES_EN`). */
      code: string;
      /** Values of the message: quoted item titles, nested kind words or loop steps. */
      params: MessageParams;
      /** The English sentence (from `code` + `params`) naming the items by title. */
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

function refuse(
  reason: ConnectionRefusal,
  variant: string,
  params: MessageParams,
  path?: string[],
): ConnectionCheck {
  const code = `connection.${reason}.${variant}`;
  const message = formatMessage({ code, params });
  return path
    ? { ok: false, reason, code, params, message, path }
    : { ok: false, reason, code, params, message };
}

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
    const quoted = missing.map((id) => `"${id}"`);
    return quoted.length === 1
      ? refuse('missing-node', 'one', { item: quoted[0] ?? '' })
      : refuse('missing-node', 'two', { a: quoted[0] ?? '', b: quoted[1] ?? '' });
  }
  if (source === target) return refuse('self-loop', kind, { item: label(a) });
  if (kind === 'contributes' && !isContributesShape(a.kind, b.kind)) {
    return refuse('contributes-shape', 'link', {
      a: label(a),
      kindA: word('kind', a.kind),
      b: label(b),
      kindB: word('kind', b.kind),
    });
  }
  const live: Edge[] = [];
  for (const e of board.edges) {
    if (e.kind !== kind || !byId.has(e.source) || !byId.has(e.target)) continue;
    if (e.source === source && e.target === target) {
      return refuse('duplicate', kind, { a: label(a), b: label(b) });
    }
    live.push(e);
  }
  if (kind === 'contributes') return { ok: true };
  if (kind === 'sequence') return sequenceCycle(index, a, b);
  const path = findPath(live, kind, target, source);
  if (!path) return { ok: true };
  const loop = pathLabel([...path, target].map((id) => byId.get(id)));
  return path.length === 2
    ? refuse('cycle', 'priority-reverse', { a: label(a), b: label(b) }, path)
    : refuse('cycle', 'priority', { a: label(a), b: label(b), loop }, path);
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
  const loop = loopParams(index, steps);
  if (loop.chain) {
    const nodes = [...path, b.id].map((id) => index.nodes[index.indexOf.get(id) ?? -1]);
    return refuse(
      'cycle',
      'sequence-chain',
      { a: label(a), b: label(b), loop: pathLabel(nodes) },
      path,
    );
  }
  return refuse('cycle', 'sequence-hierarchy', { a: label(a), b: label(b), ...loop.params }, path);
}
