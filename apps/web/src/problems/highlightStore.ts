import { useSyncExternalStore } from 'react';
import type { BoardSession } from '../session/BoardSession';

/** Nodes and edges the problems panel asked the canvas to focus and highlight. */
export interface Highlight {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** Increases on every request, so the canvas re-focuses even for the same items. */
  seq: number;
}

/** How long a highlight stays (ms). */
export const HIGHLIGHT_MS = 3000;

const NONE: Highlight = { nodeIds: new Set(), edgeIds: new Set(), seq: 0 };

/** Observable highlight state of one open board; clears itself after {@link HIGHLIGHT_MS}. */
export class HighlightStore {
  private value: Highlight = NONE;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  get = (): Highlight => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Highlights these items now and clears them after `durationMs`. */
  show(nodeIds: readonly string[], edgeIds: readonly string[], durationMs = HIGHLIGHT_MS): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.value = { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds), seq: this.value.seq + 1 };
    this.emit();
    this.timer = setTimeout(() => this.clear(), durationMs);
  }

  /** Removes the highlight. */
  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.value.nodeIds.size === 0 && this.value.edgeIds.size === 0) return;
    this.value = { nodeIds: new Set(), edgeIds: new Set(), seq: this.value.seq };
    this.emit();
  }

  private emit(): void {
    for (const l of Array.from(this.listeners)) l();
  }
}

const stores = new WeakMap<BoardSession, HighlightStore>();

/** The highlight store of `session` (one per open board). */
export function highlightStoreFor(session: BoardSession): HighlightStore {
  let store = stores.get(session);
  if (!store) {
    store = new HighlightStore();
    stores.set(session, store);
  }
  return store;
}

/** The current highlight of `session`; re-renders when it changes. */
export function useHighlight(session: BoardSession): Highlight {
  const store = highlightStoreFor(session);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
