import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { initialPresence } from '../session/initialPresence';
import { PeerStore } from './PeerStore';

function pair(): { local: Awareness; remote: Awareness; sync(): void } {
  const local = new Awareness(new Y.Doc());
  const remote = new Awareness(new Y.Doc());
  return {
    local,
    remote,
    sync() {
      const update = encodeAwarenessUpdate(remote, [remote.clientID]);
      applyAwarenessUpdate(local, update, 'test');
    },
  };
}

const amina = {
  id: 'u-amina',
  name: 'Amina',
  color: '#123456',
  role: 'editor' as const,
  entity: null,
};

describe('PeerStore', () => {
  it('lists valid remote presence and ignores the local client', () => {
    const { local, remote, sync } = pair();
    local.setLocalState(initialPresence({ ...amina, id: 'me', name: 'Me' }));
    remote.setLocalState(initialPresence(amina));
    const store = new PeerStore(local, (fn) => fn());
    sync();
    expect(store.getPeers().map((p) => p.name)).toEqual(['Amina']);
  });

  it('skips malformed states', () => {
    const { local, remote, sync } = pair();
    remote.setLocalState({ user: { name: 42 } });
    const store = new PeerStore(local, (fn) => fn());
    sync();
    expect(store.getPeers()).toEqual([]);
  });

  it('keeps the selections map identity while only cursors move', () => {
    const { local, remote, sync } = pair();
    remote.setLocalState({ ...initialPresence(amina), selected: ['n1'] });
    const store = new PeerStore(local, (fn) => fn());
    sync();
    const selections = store.getSelections();
    expect(selections.get('n1')?.map((p) => p.name)).toEqual(['Amina']);
    remote.setLocalStateField('cursor', { x: 5, y: 6 });
    sync();
    expect(store.getPeers()[0]?.cursor).toEqual({ x: 5, y: 6 });
    expect(store.getSelections()).toBe(selections);
  });

  it('keeps the people list identity while only cursors move', () => {
    const { local, remote, sync } = pair();
    remote.setLocalState(initialPresence(amina));
    const store = new PeerStore(local, (fn) => fn());
    sync();
    const people = store.getPeople();
    expect(people.map((p) => p.name)).toEqual(['Amina']);
    remote.setLocalStateField('cursor', { x: 1, y: 1 });
    sync();
    expect(store.getPeople()).toBe(people);
    remote.setLocalStateField('user', { ...amina, name: 'Amina K.' });
    sync();
    expect(store.getPeople()[0]?.name).toBe('Amina K.');
  });

  it('coalesces bursts of awareness changes into one recompute', () => {
    const { local, remote, sync } = pair();
    remote.setLocalState(initialPresence(amina));
    const pending: (() => void)[] = [];
    const store = new PeerStore(local, (fn) => pending.push(fn));
    let notified = 0;
    store.subscribe(() => notified++);
    for (let i = 0; i < 5; i++) {
      remote.setLocalStateField('cursor', { x: i, y: i });
      sync();
    }
    expect(pending).toHaveLength(1);
    pending[0]?.();
    expect(notified).toBe(1);
    expect(store.getPeers()[0]?.cursor).toEqual({ x: 4, y: 4 });
  });

  it('reports live drags and clears them', () => {
    const { local, remote, sync } = pair();
    remote.setLocalState(initialPresence(amina));
    const store = new PeerStore(local, (fn) => fn());
    remote.setLocalStateField('dragging', { n1: { x: 1, y: 2 } });
    sync();
    expect(store.getDrags().get('n1')).toEqual({ x: 1, y: 2 });
    remote.setLocalStateField('dragging', null);
    sync();
    expect(store.getDrags().size).toBe(0);
  });
});
