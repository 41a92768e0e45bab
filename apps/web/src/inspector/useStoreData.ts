import { useCallback, useSyncExternalStore } from 'react';
import type { Board, Edge, PlanNode } from '@isf/framework';
import type { BoardStore } from '@isf/crdt';

/** One node's record from the store; re-renders only when that node changes. */
export function useStoreNode(store: BoardStore, id: string): PlanNode | undefined {
  const subscribe = useCallback(
    (cb: () => void) =>
      store.subscribe((c) => {
        if (
          c.nodes.updated.includes(id) ||
          c.nodes.added.includes(id) ||
          c.nodes.removed.includes(id)
        )
          cb();
      }),
    [store, id],
  );
  const get = useCallback(() => store.getNode(id), [store, id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** One edge's record from the store; re-renders only when that edge changes. */
export function useStoreEdge(store: BoardStore, id: string): Edge | undefined {
  const subscribe = useCallback(
    (cb: () => void) =>
      store.subscribe((c) => {
        if (
          c.edges.updated.includes(id) ||
          c.edges.added.includes(id) ||
          c.edges.removed.includes(id)
        )
          cb();
      }),
    [store, id],
  );
  const get = useCallback(() => store.getEdge(id), [store, id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The whole board (cached by the store); re-renders on any change. Use for small panels only. */
export function useStoreBoard(store: BoardStore): Board {
  const subscribe = useCallback((cb: () => void) => store.subscribe(() => cb()), [store]);
  const get = useCallback(() => store.read(), [store]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The board's actors (sorted by id); the array keeps its identity until an actor changes. */
export function useStoreActors(store: BoardStore): Board['actors'] {
  const subscribe = useCallback((cb: () => void) => store.subscribe(() => cb()), [store]);
  const get = useCallback(() => store.read().actors, [store]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The board's meta (title, horizon labels); keeps its identity until meta changes. */
export function useStoreMeta(store: BoardStore): Board['meta'] {
  const subscribe = useCallback((cb: () => void) => store.subscribe(() => cb()), [store]);
  const get = useCallback(() => store.read().meta, [store]);
  return useSyncExternalStore(subscribe, get, get);
}
