import type { CommandResult, ParsedBoardCommand } from './BoardCommand';
import type { CommandContext } from './CommandContext';
import { actorAdd, actorDelete, actorUpdate, metaUpdate } from './actorCommands';
import {
  benchmarkAdd,
  benchmarkDelete,
  benchmarkSetStatus,
  benchmarkUpdate,
  riskAdd,
  riskDelete,
  riskUpdate,
} from './benchmarkCommands';
import { edgeConnect, edgeDisconnect, edgeUpdate } from './edgeCommands';
import {
  leadSet,
  nodeAdd,
  nodeDelete,
  nodeMove,
  nodeUpdate,
  supportAdd,
  supportRemove,
} from './nodeCommands';
import { textEdit, textSet } from './textCommands';

/**
 * Applies a validated command to the document. Must be called inside a transaction; handlers check
 * everything before their first write, so a refusal changes nothing.
 */
export function runCommand(ctx: CommandContext, cmd: ParsedBoardCommand): CommandResult {
  switch (cmd.type) {
    case 'node.add':
      return nodeAdd(ctx, cmd);
    case 'node.update':
      return nodeUpdate(ctx, cmd);
    case 'node.delete':
      return nodeDelete(ctx, cmd);
    case 'node.move':
      return nodeMove(ctx, cmd);
    case 'text.set':
      return textSet(ctx, cmd);
    case 'text.edit':
      return textEdit(ctx, cmd);
    case 'edge.connect':
      return edgeConnect(ctx, cmd);
    case 'edge.disconnect':
      return edgeDisconnect(ctx, cmd);
    case 'edge.update':
      return edgeUpdate(ctx, cmd);
    case 'support.add':
      return supportAdd(ctx, cmd);
    case 'support.remove':
      return supportRemove(ctx, cmd);
    case 'lead.set':
      return leadSet(ctx, cmd);
    case 'benchmark.add':
      return benchmarkAdd(ctx, cmd);
    case 'benchmark.update':
      return benchmarkUpdate(ctx, cmd);
    case 'benchmark.setStatus':
      return benchmarkSetStatus(ctx, cmd);
    case 'benchmark.delete':
      return benchmarkDelete(ctx, cmd);
    case 'risk.add':
      return riskAdd(ctx, cmd);
    case 'risk.update':
      return riskUpdate(ctx, cmd);
    case 'risk.delete':
      return riskDelete(ctx, cmd);
    case 'actor.add':
      return actorAdd(ctx, cmd);
    case 'actor.update':
      return actorUpdate(ctx, cmd);
    case 'actor.delete':
      return actorDelete(ctx, cmd);
    case 'meta.update':
      return metaUpdate(ctx, cmd);
  }
}
