import { useSyncExternalStore } from 'react';
import type { BoardSession } from '../session/BoardSession';

/** What is selected on the canvas (shared with the inspector). */
export interface CanvasSelection {
  nodes: readonly string[];
  edges: readonly string[];
}

const EMPTY: CanvasSelection = Object.freeze({ nodes: [], edges: [] });

/** A tiny observable holding the local selection of one open board. */
export class SelectionStore {
  private value: CanvasSelection = EMPTY;
  private readonly listeners = new Set<() => void>();

  get = (): CanvasSelection => this.value;

  /** Replaces the selection; a selection equal to the current one notifies nobody. */
  set(next: CanvasSelection): void {
    if (sameIds(next.nodes, this.value.nodes) && sameIds(next.edges, this.value.edges)) return;
    this.value = { nodes: [...next.nodes], edges: [...next.edges] };
    for (const l of Array.from(this.listeners)) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

const stores = new WeakMap<BoardSession, SelectionStore>();

/** The selection store of `session` (one per open board). */
export function selectionStoreFor(session: BoardSession): SelectionStore {
  let store = stores.get(session);
  if (!store) {
    store = new SelectionStore();
    stores.set(session, store);
  }
  return store;
}

/** The current canvas selection of `session`; re-renders when it changes. */
export function useCanvasSelection(session: BoardSession): CanvasSelection {
  const store = selectionStoreFor(session);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
