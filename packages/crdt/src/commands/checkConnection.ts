import { validateConnection, type Board, type EdgeKind, type MessageParams } from '@isf/framework';
import type { RefusalReason } from './BoardCommand';

/** Verdict on a new edge; `reason` is one of the framework's connection refusals. */
export type ConnectionVerdict =
  | { ok: true }
  | {
      ok: false;
      reason: RefusalReason;
      code: string;
      params: MessageParams;
      message: string;
      path?: string[];
    };

/** Asks the framework's `validateConnection` whether an edge may be added to `board`. */
export function checkConnection(
  board: Board,
  request: { kind: EdgeKind; source: string; target: string },
): ConnectionVerdict {
  return validateConnection(board, request);
}
