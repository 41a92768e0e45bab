import { Profiler, act, memo } from 'react';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { CanvasContext } from './CanvasContext';
import { NodeBody } from './NodeBody';
import { makeTestSession, makeTestStore, syncStores } from './testSupport';
import { useCanvasModel } from './useCanvasModel';
import type { BoardSession } from '../session/BoardSession';

afterEach(cleanup);

let renders = new Map<string, number>();
const count = (id: string): void => {
  renders.set(id, (renders.get(id) ?? 0) + 1);
};

/**
 * A memoized wrapper (like React Flow's node wrapper) around the node body: the Profiler reports a
 * commit only when the body itself re-rendered (from its own subscription).
 */
const Counted = memo(function Counted({ id }: { id: string }) {
  return (
    <Profiler id={id} onRender={count}>
      <NodeBody id={id} />
    </Profiler>
  );
});

/** Renders every node body the way the canvas wires them (model hook + context). */
function Harness({ session }: { session: BoardSession }) {
  const { stores, nodes } = useCanvasModel(session);
  return (
    <CanvasContext.Provider value={stores}>
      {nodes.map((n) => (
        <Counted key={n.id} id={n.id} />
      ))}
    </CanvasContext.Provider>
  );
}

describe('node components', () => {
  it('a remote change to node X re-renders only X', () => {
    const local = makeTestStore('l');
    const remote = makeTestStore('r');
    for (let i = 0; i < 20; i++) {
      local.run({ type: 'node.add', node: { kind: 'activity', title: `Item ${i}` } });
    }
    syncStores(local, remote);
    const session = makeTestSession(local);
    renders = new Map();
    render(<Harness session={session} />);
    const ids = local.read().nodes.map((n) => n.id);
    expect(renders.size).toBe(20);
    for (const id of ids) expect(renders.get(id)).toBe(1);

    const x = ids[7] as string;
    act(() => {
      remote.run({ type: 'text.set', nodeId: x, field: 'title', value: 'Changed remotely' });
      syncStores(local, remote);
    });

    expect(screen.getByText('Changed remotely')).toBeTruthy();
    expect(renders.get(x)).toBe(2);
    for (const id of ids) if (id !== x) expect(renders.get(id)).toBe(1);
  });

  it('a change of an actor name re-renders only the nodes it leads', () => {
    const store = makeTestStore('n');
    const actor = (
      store.run({ type: 'actor.add', actor: { name: 'Police', abbrev: 'UNPOL' } }) as {
        ids: string[];
      }
    ).ids[0] as string;
    const led = (
      store.run({ type: 'node.add', node: { kind: 'output', title: 'Led' } }) as { ids: string[] }
    ).ids[0] as string;
    store.run({ type: 'lead.set', nodeId: led, actorId: actor });
    const other = (
      store.run({ type: 'node.add', node: { kind: 'output', title: 'Other' } }) as {
        ids: string[];
      }
    ).ids[0] as string;
    const session = makeTestSession(store);
    renders = new Map();
    render(<Harness session={session} />);
    expect(screen.getByText('Lead: UNPOL')).toBeTruthy();
    act(() => {
      store.run({ type: 'actor.update', id: actor, fields: { abbrev: 'POL' } });
    });
    expect(screen.getByText('Lead: POL')).toBeTruthy();
    expect(renders.get(led)).toBe(2);
    expect(renders.get(other)).toBe(1);
  });
});

describe('useCanvasModel', () => {
  it('catches changes made between the first render and the subscription', () => {
    const store = makeTestStore('n');
    store.run({ type: 'node.add', node: { kind: 'objective', title: 'Before' } });
    const session = makeTestSession(store);
    renders = new Map();
    let added = false;
    function Racing() {
      // A change arriving during the first render, before effects subscribe (e.g. the first sync).
      if (!added) {
        added = true;
        store.run({ type: 'node.add', node: { kind: 'output', title: 'During render' } });
      }
      return null;
    }
    render(
      <>
        <Harness session={session} />
        <Racing />
      </>,
    );
    expect(screen.getByText('Before')).toBeTruthy();
    expect(screen.getByText('During render')).toBeTruthy();
  });
});
