import * as Y from 'yjs';
import { createActor, type Actor } from '@isf/framework';
import { actorToYMap } from '../records/flatRecords';
import { writeMeta } from '../records/metaRecord';
import { setIfChanged } from '../records/yhelpers';
import { errorText, refuse, type CommandResult, type ParsedBoardCommand } from './BoardCommand';
import type { CommandContext } from './CommandContext';

type Cmd<T extends ParsedBoardCommand['type']> = Extract<ParsedBoardCommand, { type: T }>;

/** `actor.add`: adds a lead/support entity. */
export function actorAdd(ctx: CommandContext, cmd: Cmd<'actor.add'>): CommandResult {
  const id = cmd.actor.id ?? ctx.newId();
  if (ctx.maps.actors.has(id))
    return refuse('exists', 'command.actor.exists', { id }, ['actor', 'id']);
  let actor: Actor;
  try {
    actor = createActor({ ...cmd.actor, id });
  } catch (e) {
    return refuse('invalid', 'command.invalid.detail', { detail: errorText(e) });
  }
  ctx.maps.actors.set(id, actorToYMap(actor));
  return { ok: true, ids: [id] };
}

/** `actor.update`: renames or regroups an actor. */
export function actorUpdate(ctx: CommandContext, cmd: Cmd<'actor.update'>): CommandResult {
  const map = ctx.maps.actors.get(cmd.id);
  if (!(map instanceof Y.Map) || ctx.actor(cmd.id) === undefined) {
    return refuse('not-found', 'command.actor.not-found', { id: cmd.id }, ['id']);
  }
  for (const [k, v] of Object.entries(cmd.fields)) if (v !== undefined) setIfChanged(map, k, v);
  return { ok: true, ids: [cmd.id] };
}

/** `actor.delete`: deletes the actor and clears it from every lead and support set (same transaction). */
export function actorDelete(ctx: CommandContext, cmd: Cmd<'actor.delete'>): CommandResult {
  if (!ctx.maps.actors.has(cmd.id))
    return refuse('not-found', 'command.actor.not-found', { id: cmd.id }, ['id']);
  for (const node of ctx.maps.nodes.values()) {
    if (!(node instanceof Y.Map)) continue;
    if (node.get('lead') === cmd.id) node.set('lead', null);
    const support = node.get('support');
    if (support instanceof Y.Map && support.has(cmd.id)) support.delete(cmd.id);
  }
  ctx.maps.actors.delete(cmd.id);
  return { ok: true, ids: [cmd.id] };
}

/** `meta.update`: sets the board title and/or horizon labels (each label merges separately). */
export function metaUpdate(ctx: CommandContext, cmd: Cmd<'meta.update'>): CommandResult {
  if (cmd.title === undefined && cmd.horizonLabels === undefined) {
    return refuse('invalid', 'command.invalid.nothing-to-update');
  }
  writeMeta(ctx.maps.meta, { title: cmd.title, horizonLabels: cmd.horizonLabels });
  return { ok: true };
}
