import { useCallback, type RefObject } from 'react';
import type { Connection, IsValidConnection, OnConnectEnd } from '@xyflow/react';
import { validateConnection, type EdgeKind } from '@isf/framework';
import type { BoardStore } from '@isf/crdt';
import { i18next, messageText } from '../i18n';
import { connectNodes } from './canvasCommands';
import type { FlowEdge } from './flowElements';

/** Inputs of {@link useConnectionHandlers}. */
export interface ConnectionHandlerOptions {
  store: BoardStore;
  /** Kind of edge new connections get (chosen in the toolbar). */
  edgeKind: EdgeKind;
  /** The canvas container (refusals are shown near the pointer, relative to it). */
  containerRef: RefObject<HTMLDivElement | null>;
  onRefused(message: string, at: { x: number; y: number } | null): void;
  onConnected(kind: EdgeKind): void;
}

/**
 * React Flow connection handlers: `isValidConnection` checks with the framework's
 * `validateConnection` while dragging; a drop runs `edge.connect`; a drop on a node's body (not a
 * handle) connects to that node; a refused drop (cycle, wrong shape, duplicate, …) is explained
 * near the pointer.
 */
export function useConnectionHandlers(options: ConnectionHandlerOptions): {
  isValidConnection: IsValidConnection<FlowEdge>;
  onConnect(connection: Connection): void;
  onConnectEnd: OnConnectEnd;
} {
  const { store, edgeKind, containerRef, onRefused, onConnected } = options;

  const toLocal = useCallback(
    (clientX: number, clientY: number) => {
      const rect = containerRef.current?.getBoundingClientRect();
      return rect ? { x: clientX - rect.left, y: clientY - rect.top } : null;
    },
    [containerRef],
  );

  const tryConnect = useCallback(
    (source: string, target: string, at: { x: number; y: number } | null) => {
      const result = connectNodes(store, edgeKind, source, target);
      if (!result.ok)
        onRefused(i18next.t('canvas:announce.notConnected', { reason: messageText(result) }), at);
      else onConnected(edgeKind);
    },
    [edgeKind, onConnected, onRefused, store],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (c) =>
      c.source !== c.target &&
      validateConnection(store.read(), { kind: edgeKind, source: c.source, target: c.target }).ok,
    [edgeKind, store],
  );

  const onConnect = useCallback(
    (c: Connection) => tryConnect(c.source, c.target, null),
    [tryConnect],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const at = point ? toLocal(point.clientX, point.clientY) : null;
      // A valid drop was handled by onConnect.
      if (state.isValid === true || !state.fromNode) return;
      const from = state.fromNode.id;
      let to = state.toNode?.id ?? null;
      if (to === null && point) {
        // Dropped on a node's body rather than a handle: connect to that node.
        const el = document.elementFromPoint(point.clientX, point.clientY);
        to = el?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
        if (to !== null && to !== from) {
          tryConnect(from, to, at);
          return;
        }
      }
      if (to === null || to === from || state.isValid !== false) return;
      const check = validateConnection(store.read(), { kind: edgeKind, source: from, target: to });
      if (!check.ok)
        onRefused(i18next.t('canvas:announce.notConnected', { reason: messageText(check) }), at);
    },
    [edgeKind, onRefused, store, toLocal, tryConnect],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
