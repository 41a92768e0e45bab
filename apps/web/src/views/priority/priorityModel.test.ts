import { describe, expect, it } from 'vitest';
import { makeTestStore } from '../../canvas/testSupport';
import { priorityCommand, priorityGroups, priorityLinks, shiftLevel } from './priorityModel';

describe('re-ranking by priority level', () => {
  it('moves one level up or down, never past 1 or 5', () => {
    expect(shiftLevel(3, -1)).toBe(2);
    expect(shiftLevel(3, 1)).toBe(4);
    expect(shiftLevel(1, -1)).toBeNull();
    expect(shiftLevel(5, 1)).toBeNull();
  });

  it('sets the level with one node.update and regroups', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'A' } });
    store.run({ type: 'node.add', node: { id: 'o', kind: 'output', title: 'O', priority: 1 } });
    expect(priorityCommand(store.getNode('a')!, 3)).toBeNull();
    store.run(priorityCommand(store.getNode('a')!, 1)!);
    const groups = priorityGroups(store.read(), new Set(['activity', 'output']));
    expect(groups.map((g) => g.nodes.map((n) => n.id))).toEqual([['o', 'a'], [], [], [], []]);
  });

  it('lists priority edges both ways', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'A' } });
    store.run({ type: 'node.add', node: { id: 'b', kind: 'activity', title: 'B' } });
    store.run({ type: 'edge.connect', kind: 'priority', source: 'a', target: 'b', id: 'p' });
    const links = priorityLinks(store.read());
    expect(links.get('a')?.outranks.map((e) => e.id)).toEqual(['p']);
    expect(links.get('b')?.outrankedBy.map((e) => e.id)).toEqual(['p']);
  });
});
