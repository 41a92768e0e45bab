import { normalizeBoard } from '../schema/board';
import type { Board } from '../schema/board';
import type { BoardDiff, FieldChange, RecordDiff } from './BoardDiff';
import { clonePlain, deepEqual, isRecord } from './values';

/** Thrown by `applyDiff` when the diff does not fit the board it is applied to. */
export class DiffApplyError extends Error {
  override readonly name = 'DiffApplyError';
}

/** Options of `applyDiff`. */
export interface ApplyDiffOptions {
  /**
   * Also require every changed field to still hold the diff's `before` value (a conflict check);
   * off by default: the diff's `after` values win.
   */
  checkBefore?: boolean;
}

type Plain = Record<string, unknown>;

function describe(path: readonly string[]): string {
  return path.map((p) => `[${JSON.stringify(p)}]`).join('');
}

/** Applies one field change inside `record`; array segments select an element by its `id`. */
function applyChange(
  record: Plain,
  change: FieldChange,
  where: string,
  checkBefore: boolean,
): void {
  const fail = (reason: string): never => {
    throw new DiffApplyError(`applyDiff: ${where}${describe(change.path)}: ${reason}`);
  };
  if (change.path.length === 0) fail('empty path');
  let current: unknown = record;
  change.path.forEach((segment, i) => {
    const last = i === change.path.length - 1;
    if (Array.isArray(current)) {
      const list: unknown[] = current;
      const index = list.findIndex((x) => isRecord(x) && x['id'] === segment);
      if (!last) {
        if (index === -1) fail(`no element with id ${JSON.stringify(segment)}`);
        current = list[index];
        return;
      }
      if (change.after === undefined) {
        if (index === -1) fail('element to remove is missing');
        if (checkBefore && !deepEqual(list[index], change.before)) fail('removed element differs');
        list.splice(index, 1);
      } else if (change.before === undefined) {
        if (index !== -1) fail('element to add already exists');
        list.push(clonePlain(change.after));
      } else {
        if (index === -1) fail('element to change is missing');
        if (checkBefore && !deepEqual(list[index], change.before))
          fail('element differs from before');
        list[index] = clonePlain(change.after);
      }
      return;
    }
    if (!isRecord(current))
      return fail(`segment ${JSON.stringify(segment)} is not inside a record`);
    if (!last) {
      current = current[segment];
      return;
    }
    if (checkBefore && !deepEqual(current[segment], change.before)) {
      fail(
        `value is ${JSON.stringify(current[segment])}, diff expected ${JSON.stringify(change.before)}`,
      );
    }
    if (change.after === undefined) delete current[segment];
    else current[segment] = clonePlain(change.after);
  });
}

function applyCollection<T extends { id: string }>(
  records: readonly T[],
  diff: RecordDiff<T>,
  kind: string,
  checkBefore: boolean,
): T[] {
  const byId = new Map(records.map((r) => [r.id, clonePlain(r)]));
  for (const r of diff.removed) {
    const current = byId.get(r.id);
    if (current === undefined)
      throw new DiffApplyError(`applyDiff: ${kind} "${r.id}" to remove is missing`);
    if (checkBefore && !deepEqual(current, r)) {
      throw new DiffApplyError(`applyDiff: ${kind} "${r.id}" to remove differs from the diff`);
    }
    byId.delete(r.id);
  }
  for (const c of diff.changed) {
    const current = byId.get(c.id);
    if (current === undefined)
      throw new DiffApplyError(`applyDiff: ${kind} "${c.id}" to change is missing`);
    for (const change of c.changes) {
      applyChange(current as unknown as Plain, change, `${kind} "${c.id}"`, checkBefore);
    }
  }
  for (const r of diff.added) {
    if (byId.has(r.id))
      throw new DiffApplyError(`applyDiff: ${kind} "${r.id}" to add already exists`);
    byId.set(r.id, clonePlain(r));
  }
  return [...byId.values()];
}

/**
 * Applies a diff (from `diffBoards`) to a board and returns the new, normalized board; the input
 * is not modified. `normalizeBoard(applyDiff(a, diffBoards(a, b)))` deep-equals
 * `normalizeBoard(b)`. Strict about structure: throws `DiffApplyError` if a record (or
 * benchmark/risk) to change or remove is missing, or one to add already exists. Field values
 * are only checked against `before` with `{ checkBefore: true }`.
 */
export function applyDiff(board: Board, diff: BoardDiff, options: ApplyDiffOptions = {}): Board {
  const checkBefore = options.checkBefore ?? false;
  const meta = clonePlain(board.meta);
  for (const change of diff.meta)
    applyChange(meta as unknown as Plain, change, 'meta', checkBefore);
  return normalizeBoard({
    meta,
    nodes: applyCollection(board.nodes, diff.nodes, 'node', checkBefore),
    edges: applyCollection(board.edges, diff.edges, 'edge', checkBefore),
    actors: applyCollection(board.actors, diff.actors, 'actor', checkBefore),
  });
}
