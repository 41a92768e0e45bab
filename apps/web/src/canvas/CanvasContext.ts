import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Finding, Horizon, PlanNode } from '@isf/framework';
import type { BoardInfoStore } from './BoardInfoStore';
import type { NodeRecordStore } from './NodeRecordStore';
import type { KeyedStore } from './KeyedStore';

/** Per-node display state that is not in the record: others' selections, findings. */
export interface NodeDecoration {
  /** People (other than me) who have this node selected. */
  peers: readonly { id: string; name: string; color: string }[];
  /** Findings naming this node. */
  findings: readonly Finding[];
}

/** The stores node components read from (stable for the life of the canvas). */
export interface CanvasStores {
  records: NodeRecordStore;
  info: BoardInfoStore;
  decorations: KeyedStore<NodeDecoration>;
  /**
   * Others' live drag positions, on large boards only (see `LARGE_BOARD`): applied by the node
   * component as a CSS offset, so a peer's drag never hands React Flow a new nodes array.
   */
  peerDrags: KeyedStore<{ x: number; y: number }>;
  readOnly: boolean;
}

export const CanvasContext = createContext<CanvasStores | null>(null);

/** The canvas stores. Throws outside a `CanvasContext.Provider`. */
export function useCanvasStores(): CanvasStores {
  const stores = useContext(CanvasContext);
  if (!stores) throw new Error('useCanvasStores() must be used inside CanvasContext');
  return stores;
}

/** The record of node `id`; re-renders only when that record changes. */
export function useNodeRecord(id: string): PlanNode | undefined {
  const { records } = useCanvasStores();
  const subscribe = useCallback((cb: () => void) => records.subscribe(id, cb), [records, id]);
  const get = useCallback(() => records.get(id), [records, id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The decoration of node `id`; re-renders only when it changes. */
export function useNodeDecoration(id: string): NodeDecoration | undefined {
  const { decorations } = useCanvasStores();
  const subscribe = useCallback(
    (cb: () => void) => decorations.subscribe(id, cb),
    [decorations, id],
  );
  const get = useCallback(() => decorations.get(id), [decorations, id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** Another person's live drag position of node `id` (large boards), or undefined. */
export function usePeerDragOffset(id: string): { x: number; y: number } | undefined {
  const { peerDrags } = useCanvasStores();
  const subscribe = useCallback((cb: () => void) => peerDrags.subscribe(id, cb), [peerDrags, id]);
  const get = useCallback(() => peerDrags.get(id), [peerDrags, id]);
  return useSyncExternalStore(subscribe, get, get);
}

/** Display label of an actor (abbreviation or name); re-renders only when that label changes. */
export function useActorLabel(id: string | null): string {
  const { info } = useCanvasStores();
  const get = useCallback(() => info.actorLabel(id), [info, id]);
  return useSyncExternalStore(info.subscribe, get, get);
}

/** The board's label for a horizon; re-renders only when that label changes. */
export function useHorizonLabel(h: Horizon): string {
  const { info } = useCanvasStores();
  const get = useCallback(() => info.horizonLabel(h), [info, h]);
  return useSyncExternalStore(info.subscribe, get, get);
}
