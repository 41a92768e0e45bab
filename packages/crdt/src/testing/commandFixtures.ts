import { expect } from 'vitest';
import * as Y from 'yjs';
import type { BoardStore } from '../BoardStore';
import { makeStore } from '../testing/fixtures';

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
  if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  expect(Y.encodeStateVector(s.doc)).toEqual(before);
}
