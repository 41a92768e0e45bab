import * as Y from 'yjs';
import { createNode, type PlanNode } from '@isf/framework';
import { nodeToYMap, reconcileNode } from '../records/nodeRecord';
import { errorText, refuse, type CommandResult, type ParsedBoardCommand } from './BoardCommand';
import { checkActors, isRefusal, nestedMap, nodeMap, type CommandContext } from './CommandContext';

type Cmd<T extends ParsedBoardCommand['type']> = Extract<ParsedBoardCommand, { type: T }>;

/** `node.add`: creates a full node record (defaults from the framework's `createNode`). */
export function nodeAdd(ctx: CommandContext, cmd: Cmd<'node.add'>): CommandResult {
  const id = cmd.node.id ?? ctx.newId();
  if (ctx.maps.nodes.has(id))
    return refuse('exists', 'command.node.exists', { id }, ['node', 'id']);
  let node: PlanNode;
  try {
    node = createNode({ ...cmd.node, id });
  } catch (e) {
    return refuse('invalid', 'command.invalid.detail', { detail: errorText(e) });
  }
  const missing = checkActors(ctx, [node.lead, ...node.support]);
  if (missing) return missing;
  node = { ...node, support: node.support.filter((a) => a !== node.lead) };
  ctx.maps.nodes.set(id, nodeToYMap(node));
  return { ok: true, ids: [id] };
}

/** `node.update`: sets only the given fields; sets (support, tags) change per member. */
export function nodeUpdate(ctx: CommandContext, cmd: Cmd<'node.update'>): CommandResult {
  const map = nodeMap(ctx, cmd.id);
  if (isRefusal(map)) return map;
  const current = ctx.node(cmd.id);
  if (current === undefined) return refuse('not-found', 'command.node.not-found', { id: cmd.id });
  const missing = checkActors(ctx, [cmd.fields.lead ?? null, ...(cmd.fields.support ?? [])]);
  if (missing) return missing;
  const target: PlanNode = { ...current };
  for (const [k, v] of Object.entries(cmd.fields)) {
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  }
  const only = new Set(Object.keys(cmd.fields).filter((k) => k in target)) as Set<keyof PlanNode>;
  reconcileNode(map, target, only);
  return { ok: true, ids: [cmd.id] };
}

/** `node.delete`: deletes the nodes and every edge that touches one of them. */
export function nodeDelete(ctx: CommandContext, cmd: Cmd<'node.delete'>): CommandResult {
  const ids = new Set(cmd.ids.filter((id) => ctx.maps.nodes.has(id)));
  if (ids.size === 0) return refuse('not-found', 'command.nodes.none', {}, ['ids']);
  // Raw edges (also dangling or invalid ones) so nothing points at the deleted nodes afterwards.
  for (const [edgeId, edge] of ctx.maps.edges.entries()) {
    if (!(edge instanceof Y.Map)) continue;
    const s = edge.get('source');
    const t = edge.get('target');
    if ((typeof s === 'string' && ids.has(s)) || (typeof t === 'string' && ids.has(t))) {
      ctx.maps.edges.delete(edgeId);
    }
  }
  for (const id of ids) ctx.maps.nodes.delete(id);
  return { ok: true, ids: [...ids] };
}

/** `node.move`: sets the position of each node (unknown ids are ignored if at least one exists). */
export function nodeMove(ctx: CommandContext, cmd: Cmd<'node.move'>): CommandResult {
  const moved: string[] = [];
  const targets: [Y.Map<unknown>, { x: number; y: number }][] = [];
  for (const { id, position } of cmd.moves) {
    const map = ctx.maps.nodes.get(id);
    if (map instanceof Y.Map && ctx.node(id) !== undefined) {
      targets.push([map, position]);
      moved.push(id);
    }
  }
  if (targets.length === 0) return refuse('not-found', 'command.nodes.none', {}, ['moves']);
  for (const [map, p] of targets) map.set('position', { x: p.x, y: p.y });
  return { ok: true, ids: moved };
}

/** `support.add`: adds one supporting actor (a set member; concurrent adds merge, never duplicate). */
export function supportAdd(ctx: CommandContext, cmd: Cmd<'support.add'>): CommandResult {
  const map = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(map)) return map;
  const missing = checkActors(ctx, [cmd.actorId]);
  if (missing) return missing;
  if (ctx.node(cmd.nodeId)?.lead === cmd.actorId) {
    return refuse('already-lead', 'command.actor.already-lead', { id: cmd.actorId }, ['actorId']);
  }
  const set = nestedMap(map, 'support');
  if (!set.has(cmd.actorId)) set.set(cmd.actorId, true);
  return { ok: true, ids: [cmd.nodeId] };
}

/** `support.remove`: removes one supporting actor. */
export function supportRemove(ctx: CommandContext, cmd: Cmd<'support.remove'>): CommandResult {
  const map = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(map)) return map;
  const set = nestedMap(map, 'support');
  if (!set.has(cmd.actorId)) {
    return refuse('not-found', 'command.actor.not-supporting', { id: cmd.actorId }, ['actorId']);
  }
  set.delete(cmd.actorId);
  return { ok: true, ids: [cmd.nodeId] };
}

/** `lead.set`: sets or clears the one lead; a new lead stops being a supporter. */
export function leadSet(ctx: CommandContext, cmd: Cmd<'lead.set'>): CommandResult {
  const map = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(map)) return map;
  const missing = checkActors(ctx, [cmd.actorId]);
  if (missing) return missing;
  if (map.get('lead') !== cmd.actorId) map.set('lead', cmd.actorId);
  if (cmd.actorId !== null) {
    const set = nestedMap(map, 'support');
    if (set.has(cmd.actorId)) set.delete(cmd.actorId);
  }
  return { ok: true, ids: [cmd.nodeId] };
}
