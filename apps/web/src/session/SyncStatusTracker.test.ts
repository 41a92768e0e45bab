import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncStatusTracker } from './SyncStatusTracker';

function setup() {
  const doc = new Y.Doc();
  const tracker = new SyncStatusTracker(() => Y.encodeStateVector(doc));
  const edit = (text: string): void => {
    doc.getMap('nodes').set(text, text);
    tracker.localChange(doc.clientID);
  };
  /** The state vector a relay holding everything so far would report. */
  const storedNow = (): Uint8Array => Y.encodeStateVector(doc);
  return { doc, tracker, edit, storedNow };
}

describe('SyncStatusTracker', () => {
  it('goes connecting → online, and reconnecting after a drop', () => {
    const { tracker } = setup();
    expect(tracker.get().connection).toBe('connecting');
    tracker.connecting();
    tracker.synced();
    expect(tracker.get().connection).toBe('online');
    tracker.connectionClosed();
    expect(tracker.get().connection).toBe('reconnecting');
    tracker.connecting();
    expect(tracker.get().connection).toBe('reconnecting');
    tracker.synced();
    expect(tracker.get().connection).toBe('online');
  });

  it('says reconnecting when the first attempt fails', () => {
    const { tracker } = setup();
    tracker.connecting();
    tracker.connectionClosed();
    tracker.connecting();
    expect(tracker.get().connection).toBe('reconnecting');
  });

  it('is offline while the browser is, whatever the socket does', () => {
    const { tracker } = setup();
    tracker.synced();
    tracker.browserOnline(false);
    expect(tracker.get().connection).toBe('offline');
    tracker.connectionClosed();
    tracker.connecting();
    expect(tracker.get().connection).toBe('offline');
    tracker.browserOnline(true);
    expect(tracker.get().connection).toBe('reconnecting');
  });

  it('is "saved" only once a stored state vector covers every local change', () => {
    const { tracker, edit, storedNow } = setup();
    tracker.localLoaded([]);
    expect(tracker.get().saved).toBe(true);
    edit('a');
    expect(tracker.get().saved).toBe(false);
    const afterA = storedNow();
    edit('b');
    tracker.storedStateVector(afterA); // the relay stored "a" but not yet "b"
    expect(tracker.get().saved).toBe(false);
    tracker.storedStateVector(storedNow());
    expect(tracker.get().saved).toBe(true);
  });

  it('does not count an empty stored state as covering local edits', () => {
    const { tracker, edit } = setup();
    edit('a');
    tracker.storedStateVector(Y.encodeStateVector(new Y.Doc()));
    expect(tracker.get().saved).toBe(false);
  });

  it('keeps edits restored from IndexedDB unsaved until the relay has them', () => {
    const offline = new Y.Doc();
    offline.getMap('nodes').set('x', 1);
    const { doc, tracker } = setup();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(offline));
    tracker.localLoaded(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
    expect(tracker.get().saved).toBe(false);
    expect(tracker.get().localLoaded).toBe(true);
    tracker.storedStateVector(Y.encodeStateVector(doc));
    expect(tracker.get().saved).toBe(true);
  });

  it('applies a stored state reported before IndexedDB finished loading', () => {
    const other = new Y.Doc();
    other.getMap('nodes').set('x', 1);
    const { doc, tracker } = setup();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    tracker.storedStateVector(Y.encodeStateVector(doc));
    tracker.localLoaded(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
    expect(tracker.get().saved).toBe(true);
  });

  it('stops for good on a permanent close, with a clear message', () => {
    const { tracker } = setup();
    tracker.synced();
    tracker.closedForGood(4403, '');
    expect(tracker.get().connection).toBe('offline');
    expect(tracker.get().notice).toEqual({ kind: 'closed', code: 4403, reason: '' });
    tracker.connecting();
    tracker.synced();
    tracker.browserOnline(true);
    expect(tracker.get().connection).toBe('offline');
  });

  it('notifies listeners only on change', () => {
    const { tracker } = setup();
    let calls = 0;
    const off = tracker.subscribe(() => calls++);
    tracker.synced();
    tracker.synced();
    expect(calls).toBe(1);
    off();
    tracker.connectionClosed();
    expect(calls).toBe(1);
  });
});
