/**
 * Helpers for unit tests of the canvas, inspector and problems panel: real Y.Docs and real
 * BoardStores (no crdt mocks), connected by explicit syncs.
 */
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { BoardStore, createUndoManager } from '@isf/crdt';
import type { BoardSession, PresencePublisher, SyncStatus } from '../session/BoardSession';

/** A store on a fresh doc with deterministic ids `<prefix>1`, `<prefix>2`, … */
export function makeTestStore(prefix = 'n'): BoardStore {
  let n = 0;
  return new BoardStore(new Y.Doc(), {
    idGenerator: () => `${prefix}${++n}`,
    clock: () => new Date('2026-11-27T12:00:00Z'),
  });
}

/** Delivers every update each doc is missing to the others (two-way sync). */
export function syncStores(...stores: BoardStore[]): void {
  for (const a of stores) {
    for (const b of stores) {
      if (a === b) continue;
      Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
    }
  }
}

/** A minimal BoardSession around a real store (presence calls are recorded, not sent). */
export function makeTestSession(
  store: BoardStore,
  options: { readOnly?: boolean; name?: string } = {},
): BoardSession & { presenceCalls: { method: string; args: unknown[] }[] } {
  const presenceCalls: { method: string; args: unknown[] }[] = [];
  const record =
    (method: string) =>
    (...args: unknown[]): void => {
      presenceCalls.push({ method, args });
    };
  const presence: PresencePublisher = {
    setCursor: record('setCursor'),
    setSelected: record('setSelected'),
    setDragging: record('setDragging'),
    setViewport: record('setViewport'),
    setFollowing: record('setFollowing'),
  };
  const status: SyncStatus = { connection: 'online', saved: true, localLoaded: true, notice: null };
  const undo = createUndoManager(store);
  const awareness = new Awareness(store.doc);
  return {
    boardId: 'test-board',
    store,
    undo,
    awareness,
    self: {
      id: 'me',
      name: options.name ?? 'Tester',
      color: '#123456',
      role: options.readOnly ? 'viewer' : 'editor',
      entity: null,
    },
    readOnly: options.readOnly ?? false,
    presence,
    presenceCalls,
    subscribeStatus: () => () => undefined,
    getStatus: () => status,
    setIdentity: () => undefined,
    destroy: () => {
      undo.destroy();
      awareness.destroy();
      store.destroy();
    },
  };
}
