import { describe, expect, it } from 'vitest';
import { computeLayout, layoutCommand } from './autoLayout';
import { makeTestSession, makeTestStore } from './testSupport';

function buildBoard() {
  const store = makeTestStore('n');
  const add = (kind: 'objective' | 'output' | 'activity', title: string): string =>
    (
      store.run({ type: 'node.add', node: { kind, title, position: { x: 0, y: 0 } } }) as {
        ids: string[];
      }
    ).ids[0] as string;
  const obj = add('objective', 'O');
  const out1 = add('output', 'P1');
  const out2 = add('output', 'P2');
  const acts = [add('activity', 'A1'), add('activity', 'A2'), add('activity', 'A3')];
  const lone = add('activity', 'Unlinked');
  store.run({ type: 'edge.connect', kind: 'contributes', source: out1, target: obj });
  store.run({ type: 'edge.connect', kind: 'contributes', source: out2, target: obj });
  store.run({ type: 'edge.connect', kind: 'contributes', source: acts[0]!, target: out1 });
  store.run({ type: 'edge.connect', kind: 'contributes', source: acts[1]!, target: out1 });
  store.run({ type: 'edge.connect', kind: 'contributes', source: acts[2]!, target: out2 });
  return { store, obj, outs: [out1, out2], acts: [...acts, lone] };
}

describe('auto-layout', () => {
  it('puts objectives above outputs above activities, without overlaps', async () => {
    const { store, obj, outs, acts } = buildBoard();
    const board = store.read();
    const pos = await computeLayout(board.nodes, board.edges);
    expect(pos.size).toBe(board.nodes.length);
    const y = (id: string): number => pos.get(id)!.y;
    for (const o of outs) expect(y(o)).toBeGreaterThan(y(obj));
    for (const a of acts) for (const o of outs) expect(y(a)).toBeGreaterThan(y(o));
    const rects = [...pos.values()];
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const overlap = Math.abs(a.x - b.x) < 240 && Math.abs(a.y - b.y) < 120;
        expect(overlap).toBe(false);
      }
    }
  });

  it('is written as ONE node.move command: one undo step restores every position', async () => {
    const { store } = buildBoard();
    const session = makeTestSession(store);
    const board = store.read();
    const before = new Map(board.nodes.map((n) => [n.id, n.position]));
    const pos = await computeLayout(board.nodes, board.edges);
    const command = layoutCommand(pos, board.nodes);
    expect(command?.type).toBe('node.move');
    let changeSets = 0;
    store.subscribe(() => changeSets++);
    session.undo.stopCapturing();
    expect(store.run(command!).ok).toBe(true);
    expect(changeSets).toBe(1);
    for (const n of store.read().nodes) expect(n.position).toEqual(pos.get(n.id));
    expect(session.undo.undo()).toBe(true);
    for (const n of store.read().nodes) expect(n.position).toEqual(before.get(n.id));
    // Nothing left of the layout in the undo stack: the next undo reverts the board's construction.
    expect(layoutCommand(pos, store.read().nodes)).not.toBeNull();
    session.destroy();
  });

  it('returns null when nothing moves', async () => {
    const { store } = buildBoard();
    const board = store.read();
    const pos = await computeLayout(board.nodes, board.edges);
    store.run(layoutCommand(pos, board.nodes)!);
    expect(layoutCommand(pos, store.read().nodes)).toBeNull();
  });
});

describe('layeringEdges', () => {
  it('stacks the activities of an output in a column', async () => {
    const { store, outs, acts } = buildBoard();
    const board = store.read();
    const pos = await computeLayout(board.nodes, board.edges);
    // A1 and A2 both contribute to P1: same column, A2 below A1 (or the reverse), not side by side.
    const a1 = pos.get(acts[0]!)!;
    const a2 = pos.get(acts[1]!)!;
    expect(Math.abs(a1.x - a2.x)).toBeLessThan(120);
    expect(Math.abs(a1.y - a2.y)).toBeGreaterThanOrEqual(120);
    expect(pos.get(outs[0]!)!.y).toBeLessThan(Math.min(a1.y, a2.y));
  });
});

describe('horizon lanes', () => {
  it('puts every short-term activity above every mid-term one, across columns', async () => {
    const { store, acts } = buildBoard();
    store.run({ type: 'node.update', id: acts[0]!, fields: { horizon: 'mid' } });
    store.run({ type: 'node.update', id: acts[2]!, fields: { horizon: 'long' } });
    const board = store.read();
    const pos = await computeLayout(board.nodes, board.edges, undefined, { horizonLanes: true });
    const y = (id: string): number => pos.get(id)!.y;
    // A2 (short, column P1) above A1 (mid, column P1) above A3 (long, column P2).
    expect(y(acts[1]!)).toBeLessThan(y(acts[0]!));
    expect(y(acts[0]!)).toBeLessThan(y(acts[2]!));
    // Without lanes, A3 is the first of its column: level with A2.
    const plain = await computeLayout(board.nodes, board.edges);
    expect(plain.get(acts[2]!)!.y).toBe(plain.get(acts[1]!)!.y);
  });
});
