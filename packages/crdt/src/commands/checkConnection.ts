import { validateConnection, type Board, type EdgeKind } from '@isf/framework';
import type { CommandResult } from './BoardCommand';

/** Verdict on a new edge; a refusal's `reason` is one of the framework's connection refusals. */
export type ConnectionVerdict = { ok: true } | Extract<CommandResult, { ok: false }>;

/** Asks the framework's `validateConnection` whether an edge may be added to `board`. */
export function checkConnection(
  board: Board,
  request: { kind: EdgeKind; source: string; target: string },
): ConnectionVerdict {
  return validateConnection(board, request);
}
