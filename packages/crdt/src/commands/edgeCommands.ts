import * as Y from 'yjs';
import { createEdge } from '@isf/framework';
import { edgeToYMap } from '../records/flatRecords';
import { setIfChanged } from '../records/yhelpers';
import { refuse, refuseWith, type CommandResult, type ParsedBoardCommand } from './BoardCommand';
import type { CommandContext } from './CommandContext';
import { checkConnection } from './checkConnection';

type Cmd<T extends ParsedBoardCommand['type']> = Extract<ParsedBoardCommand, { type: T }>;

/** `edge.connect`: adds an edge unless the framework's `validateConnection` refuses it. */
export function edgeConnect(ctx: CommandContext, cmd: Cmd<'edge.connect'>): CommandResult {
  const id = cmd.id ?? ctx.newId();
  if (ctx.maps.edges.has(id)) return refuse('exists', 'command.edge.exists', { id }, ['id']);
  const verdict = checkConnection(ctx.board(), {
    kind: cmd.kind,
    source: cmd.source,
    target: cmd.target,
  });
  if (!verdict.ok) return refuseWith(verdict.reason, verdict, verdict.path);
  const edge = createEdge({
    id,
    kind: cmd.kind,
    source: cmd.source,
    target: cmd.target,
    suggested: cmd.suggested ?? false,
    note: cmd.note ?? '',
  });
  ctx.maps.edges.set(id, edgeToYMap(edge));
  return { ok: true, ids: [id] };
}

/** `edge.disconnect`: deletes edges (also dangling or invalid ones still in the document). */
export function edgeDisconnect(ctx: CommandContext, cmd: Cmd<'edge.disconnect'>): CommandResult {
  const ids = cmd.ids.filter((id) => ctx.maps.edges.has(id));
  if (ids.length === 0) return refuse('not-found', 'command.edges.none', {}, ['ids']);
  for (const id of ids) ctx.maps.edges.delete(id);
  return { ok: true, ids };
}

/** `edge.update`: agree a suggested edge (`suggested: false`) or change its note. */
export function edgeUpdate(ctx: CommandContext, cmd: Cmd<'edge.update'>): CommandResult {
  const map = ctx.maps.edges.get(cmd.id);
  if (!(map instanceof Y.Map) || ctx.edge(cmd.id) === undefined) {
    return refuse('not-found', 'command.edge.not-found', { id: cmd.id }, ['id']);
  }
  for (const [k, v] of Object.entries(cmd.fields)) if (v !== undefined) setIfChanged(map, k, v);
  return { ok: true, ids: [cmd.id] };
}
