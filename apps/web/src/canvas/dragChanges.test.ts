import { describe, expect, it } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { planNodeChanges } from './dragChanges';
import type { FlowNode } from './PlanNodes';
import { makeTestSession, makeTestStore } from './testSupport';

const pos = (id: string, x: number, y: number, dragging: boolean): NodeChange<FlowNode> => ({
  id,
  type: 'position',
  position: { x, y },
  dragging,
});

describe('planNodeChanges', () => {
  it('a drag publishes live positions and writes ONE node.move on drop (one undo step)', () => {
    const store = makeTestStore();
    const ids = ['A', 'B'].map(
      (title) =>
        (store.run({ type: 'node.add', node: { kind: 'activity', title } }) as { ids: string[] })
          .ids[0] as string,
    );
    const [a, b] = ids as [string, string];
    const session = makeTestSession(store);
    let docChanges = 0;
    store.subscribe(() => docChanges++);
    const get = (id: string) => store.getNode(id);

    // Two nodes dragged together over several frames.
    for (let i = 1; i <= 5; i++) {
      const plan = planNodeChanges([pos(a, i * 10, 0, true), pos(b, i * 10, 50, true)], get, false);
      expect(plan.dragging).toEqual({ [a]: { x: i * 10, y: 0 }, [b]: { x: i * 10, y: 50 } });
      expect(plan.moves).toEqual([]);
      expect(plan.ended).toBe(false);
    }
    expect(docChanges).toBe(0); // nothing written mid-drag

    const drop = planNodeChanges([pos(a, 50, 0, false), pos(b, 50, 50, false)], get, false);
    expect(drop.ended).toBe(true);
    expect(drop.dragging).toBeNull();
    expect(store.run({ type: 'node.move', moves: drop.moves }).ok).toBe(true);
    expect(docChanges).toBe(1);
    expect(store.getNode(a)?.position).toEqual({ x: 50, y: 0 });

    session.undo.undo();
    expect(store.getNode(a)?.position).toEqual({ x: 0, y: 0 });
    expect(store.getNode(b)?.position).toEqual({ x: 0, y: 0 });
    // The undo manager was created after the nodes: the drag was its only step.
    expect(session.undo.canUndo()).toBe(false);
    expect(session.undo.canRedo()).toBe(true);
  });

  it('ignores removals, unchanged drops and read-only moves', () => {
    const store = makeTestStore();
    const id = (
      store.run({ type: 'node.add', node: { kind: 'output', position: { x: 5, y: 5 } } }) as {
        ids: string[];
      }
    ).ids[0] as string;
    const get = (x: string) => store.getNode(x);
    const plan = planNodeChanges([{ id, type: 'remove' }, pos(id, 5, 5, false)], get, false);
    expect(plan.local.map((c) => c.type)).toEqual(['position']);
    expect(plan.ended).toBe(true);
    expect(plan.moves).toEqual([]);
    const ro = planNodeChanges(
      [pos(id, 99, 99, true), { id, type: 'select', selected: true }],
      get,
      true,
    );
    expect(ro.dragging).toBeNull();
    expect(ro.local.map((c) => c.type)).toEqual(['select']);
  });
});
