import { expect } from 'vitest';
import * as Y from 'yjs';
import { FRAMEWORK_MESSAGES_EN, catalogueCodes } from '@isf/framework';
import type { BoardStore } from '../BoardStore';
import { makeStore } from '../testing/fixtures';
import { COMMAND_MESSAGES_EN, formatCommandMessage } from '../commands/commandMessages';

const KNOWN_CODES = new Set([
  ...catalogueCodes(FRAMEWORK_MESSAGES_EN),
  ...catalogueCodes(COMMAND_MESSAGES_EN),
]);

/** A store with two actors (srsg, undp) and nodes obj (objective), out (output), act, act2 (activities). */
export function seeded(): BoardStore {
  const s = makeStore('g');
  s.run({ type: 'actor.add', actor: { id: 'srsg', name: 'SRSG', group: 'mission-component' } });
  s.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
  s.run({ type: 'node.add', node: { id: 'obj', kind: 'objective', title: 'Objective' } });
  s.run({ type: 'node.add', node: { id: 'out', kind: 'output', title: 'Output' } });
  s.run({ type: 'node.add', node: { id: 'act', kind: 'activity', title: 'Activity' } });
  s.run({ type: 'node.add', node: { id: 'act2', kind: 'activity', title: 'Activity 2' } });
  return s;
}

/** Runs a command that must be refused and checks the document did not change. */
export function expectRefused(
  s: BoardStore,
  cmd: Parameters<BoardStore['run']>[0],
  reason: string,
): void {
  const before = Y.encodeStateVector(s.doc);
  const result = s.run(cmd);
  expect(result).toMatchObject({ ok: false, reason });
  if (!result.ok) {
    // Every refusal has a known code (command.* or the framework's connection.*) whose English
    // text is the message.
    expect(KNOWN_CODES.has(result.code), result.code).toBe(true);
    expect(result.message).toBe(formatCommandMessage(result));
    expect(result.message.length).toBeGreaterThan(0);
  }
  expect(Y.encodeStateVector(s.doc)).toEqual(before);
}
