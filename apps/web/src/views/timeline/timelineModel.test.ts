import { describe, expect, it } from 'vitest';
import { makeTestStore } from '../../canvas/testSupport';
import {
  TIMELINE_GEOMETRY,
  horizonAtLane,
  horizonCommand,
  laneAtX,
  laneOf,
  layoutTimeline,
  shiftHorizon,
} from './timelineModel';

const ACTIVITIES = new Set(['activity'] as const);

describe('timeline lanes and horizons', () => {
  it('maps horizons to lanes and back', () => {
    expect([laneOf('short'), laneOf('mid'), laneOf('long')]).toEqual([0, 1, 2]);
    expect([0, 1, 2, 3, -1].map(horizonAtLane)).toEqual(['short', 'mid', 'long', null, null]);
    const w = TIMELINE_GEOMETRY.laneWidth;
    expect([-10, 0, w - 1, w, 2 * w + 5, 99 * w].map((x) => laneAtX(x))).toEqual([
      'short',
      'short',
      'short',
      'mid',
      'long',
      'long',
    ]);
    expect(shiftHorizon('short', 1)).toBe('mid');
    expect(shiftHorizon('long', 1)).toBeNull();
    expect(shiftHorizon('short', -1)).toBeNull();
  });

  it('moving a card is one node.update of the horizon in the store', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { id: 'a', kind: 'activity', title: 'A' } });
    expect(horizonCommand(store.getNode('a')!, 'short')).toBeNull();
    const command = horizonCommand(store.getNode('a')!, 'long');
    expect(command).toEqual({ type: 'node.update', id: 'a', fields: { horizon: 'long' } });
    expect(store.run(command!).ok).toBe(true);
    expect(store.getNode('a')?.horizon).toBe('long');
  });

  it('places cards in their lane, predecessors above successors, and routes sequence arrows', () => {
    const store = makeTestStore();
    store.run({ type: 'node.add', node: { id: 'z', kind: 'activity', title: 'First' } });
    store.run({ type: 'node.add', node: { id: 'b', kind: 'activity', title: 'Second' } });
    store.run({
      type: 'node.add',
      node: { id: 'c', kind: 'activity', title: 'Later', horizon: 'mid' },
    });
    store.run({ type: 'node.add', node: { id: 'o', kind: 'output', title: 'Hidden output' } });
    store.run({ type: 'edge.connect', kind: 'sequence', source: 'z', target: 'b', id: 'e1' });
    store.run({ type: 'edge.connect', kind: 'sequence', source: 'b', target: 'c', id: 'e2' });
    store.run({ type: 'edge.connect', kind: 'sequence', source: 'o', target: 'c', id: 'e3' });
    const layout = layoutTimeline(store.read(), ACTIVITIES);
    const at = (id: string) => layout.cards.find((c) => c.node.id === id)!;
    expect(layout.cards.map((c) => c.node.id).sort()).toEqual(['b', 'c', 'z']);
    expect(at('z').lane).toBe(0);
    expect(at('c').lane).toBe(1);
    expect(at('z').row).toBeLessThan(at('b').row); // z before b despite the id order
    expect(layout.arrows.map((a) => a.id)).toEqual(['e1', 'e2']); // e3's source is not shown
  });
});
