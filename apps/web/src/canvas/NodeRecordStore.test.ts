import { describe, expect, it } from 'vitest';
import { NodeRecordStore } from './NodeRecordStore';
import { makeTestStore, syncStores } from './testSupport';

describe('NodeRecordStore', () => {
  it('notifies only the ids a remote change set names', () => {
    const a = makeTestStore('a');
    const b = makeTestStore('b');
    for (const title of ['X', 'Y', 'Z'])
      a.run({ type: 'node.add', node: { kind: 'output', title } });
    syncStores(a, b);
    const records = new NodeRecordStore();
    records.reset(a.read().nodes);
    a.subscribe((changes) => records.apply(changes.nodes, a));

    const [x, y, z] = a.read().nodes.map((n) => n.id) as [string, string, string];
    const calls: string[] = [];
    for (const id of [x, y, z]) records.subscribe(id, () => calls.push(id));
    const yBefore = records.get(y);

    // A colleague (replica b) edits X; the update arrives at replica a.
    b.run({ type: 'node.update', id: x, fields: { priority: 1 } });
    syncStores(a, b);

    expect(calls).toEqual([x]);
    expect(records.get(x)?.priority).toBe(1);
    expect(records.get(y)).toBe(yBefore); // untouched records keep their identity
  });

  it('drops removed records and notifies their listeners', () => {
    const store = makeTestStore();
    const id = (store.run({ type: 'node.add', node: { kind: 'activity' } }) as { ids: string[] })
      .ids[0] as string;
    const records = new NodeRecordStore();
    records.reset(store.read().nodes);
    store.subscribe((c) => records.apply(c.nodes, store));
    let notified = 0;
    records.subscribe(id, () => notified++);
    store.run({ type: 'node.delete', ids: [id] });
    expect(notified).toBe(1);
    expect(records.get(id)).toBeUndefined();
    expect(records.size).toBe(0);
  });

  it('reset notifies only changed records', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { kind: 'activity', title: 'one' } });
    store.run({ type: 'node.add', node: { kind: 'activity', title: 'two' } });
    const records = new NodeRecordStore();
    records.reset(store.read().nodes);
    const seen: string[][] = [];
    records.subscribeAll((ids) => seen.push([...ids]));
    records.reset(store.read().nodes); // same objects: nothing to notify
    expect(seen).toEqual([]);
  });
});
