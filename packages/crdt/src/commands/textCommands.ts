import * as Y from 'yjs';
import { PlanNodeSchema } from '@isf/framework';
import { replaceText } from '../records/yhelpers';
import { refuse, type CommandResult, type ParsedBoardCommand } from './BoardCommand';
import { isRefusal, nodeMap, type CommandContext } from './CommandContext';

type Cmd<T extends ParsedBoardCommand['type']> = Extract<ParsedBoardCommand, { type: T }>;

const MAX_LENGTH = {
  title: PlanNodeSchema.shape.title.maxLength ?? 500,
  description: PlanNodeSchema.shape.description.maxLength ?? 20000,
} as const;

function textOf(
  ctx: CommandContext,
  nodeId: string,
  field: 'title' | 'description',
): Y.Text | CommandResult {
  const map = nodeMap(ctx, nodeId);
  if (isRefusal(map)) return map;
  const text = map.get(field);
  if (text instanceof Y.Text) return text;
  if (text !== undefined) return refuse('invalid', 'command.text.not-text', { field, id: nodeId });
  // missing (see FIELD_DEFAULTS): create it
  const created = new Y.Text();
  map.set(field, created);
  return created;
}

/** `text.set`: replaces the text, editing only the differing middle part so concurrent typing merges. */
export function textSet(ctx: CommandContext, cmd: Cmd<'text.set'>): CommandResult {
  if (cmd.value.length > MAX_LENGTH[cmd.field]) {
    return refuse('invalid', `command.text.${cmd.field}-too-long`, { max: MAX_LENGTH[cmd.field] }, [
      'value',
    ]);
  }
  const text = textOf(ctx, cmd.nodeId, cmd.field);
  if (!(text instanceof Y.Text)) return text;
  replaceText(text, cmd.value);
  return { ok: true, ids: [cmd.nodeId] };
}

/** `text.edit`: deletes `deleteCount` characters at `index` and inserts `insert` there. */
export function textEdit(ctx: CommandContext, cmd: Cmd<'text.edit'>): CommandResult {
  const text = textOf(ctx, cmd.nodeId, cmd.field);
  if (!(text instanceof Y.Text)) return text;
  if (cmd.index + cmd.deleteCount > text.length) {
    return refuse(
      'invalid',
      'command.text.out-of-range',
      { index: cmd.index, deleteCount: cmd.deleteCount, length: text.length },
      ['index'],
    );
  }
  if (text.length - cmd.deleteCount + cmd.insert.length > MAX_LENGTH[cmd.field]) {
    return refuse(
      'invalid',
      `command.text.${cmd.field}-would-be-too-long`,
      { max: MAX_LENGTH[cmd.field] },
      ['insert'],
    );
  }
  if (cmd.deleteCount > 0) text.delete(cmd.index, cmd.deleteCount);
  if (cmd.insert.length > 0) text.insert(cmd.index, cmd.insert);
  return { ok: true, ids: [cmd.nodeId] };
}
