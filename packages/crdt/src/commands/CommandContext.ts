import * as Y from 'yjs';
import type { Actor, Board, Edge, PlanNode } from '@isf/framework';
import type { BoardMaps, YValue } from '../layout';
import { refuse, type CommandResult } from './BoardCommand';

/** What a command handler gets: the maps, the current validated board, ids and the clock. */
export interface CommandContext {
  maps: BoardMaps;
  /** The current board as `store.read()` returns it (validated, cached). */
  board(): Board;
  node(id: string): PlanNode | undefined;
  edge(id: string): Edge | undefined;
  actor(id: string): Actor | undefined;
  newId(): string;
  /** Today as `YYYY-MM-DD`, from the store's clock. */
  today(): string;
}

/** A node's Y.Map when the node exists and is valid, or a `not-found` refusal. */
export function nodeMap(ctx: CommandContext, id: string): Y.Map<YValue> | CommandResult {
  const map = ctx.maps.nodes.get(id);
  if (!(map instanceof Y.Map) || ctx.node(id) === undefined) {
    return refuse('not-found', 'command.node.not-found', { id }, ['nodeId']);
  }
  return map;
}

/** A nested Y.Map (`benchmarks`/`risks`/`support`/`tags`) of a node record, created if missing. */
export function nestedMap(node: Y.Map<YValue>, key: string): Y.Map<YValue> {
  const existing = node.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<YValue>;
  const created = new Y.Map<YValue>();
  node.set(key, created);
  return created;
}

/** Checks that every actor id exists; returns a `missing-actor` refusal otherwise. */
export function checkActors(
  ctx: CommandContext,
  ids: readonly (string | null)[],
): CommandResult | null {
  for (const id of ids) {
    if (id !== null && ctx.actor(id) === undefined) {
      return refuse('missing-actor', 'command.actor.not-found', { id }, ['actorId']);
    }
  }
  return null;
}

/** True when the value is a refusal rather than a Y.Map. */
export function isRefusal(v: unknown): v is CommandResult {
  return !(v instanceof Y.Map);
}
