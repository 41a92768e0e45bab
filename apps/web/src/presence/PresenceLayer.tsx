import { memo, useEffect, useMemo } from 'react';
import {
  ViewportPortal,
  useOnViewportChange,
  useReactFlow,
  useStore,
  useViewport,
} from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useBoardSession } from '../session/BoardSessionContext';
import { PeerCursor } from './PeerCursor';
import { PeerDragGhosts } from './PeerDragGhosts';
import { useFollowing } from './useFollowing';
import { usePeers } from './usePeers';

const selectDomNode = (s: ReactFlowState): HTMLDivElement | null => s.domNode;

/** Whether a DOM event comes from a manual pan/zoom gesture (pane drag, wheel, zoom controls). */
function isManualViewportGesture(event: Event): boolean {
  if (event.type === 'wheel') return true;
  const target = event.target;
  if (!(target instanceof Element)) return false;
  return target.closest('.react-flow__pane, .react-flow__controls, .react-flow__minimap') !== null;
}

/** Props of {@link PresenceLayer}. */
export interface PresenceLayerProps {
  /**
   * Draw others' live drags as outlines (see `PeerDragGhosts`) — for boards where moving the real
   * node at every presence update is too slow; then don't apply `usePeerDrags()` to the nodes.
   */
  showDragGhosts?: boolean;
}

/**
 * Presence on the canvas; render it as a child of `<ReactFlow>`. Draws the others' cursors in flow
 * coordinates, publishes the local cursor (≤ 10 Hz, throttled by the session) and viewport, and
 * applies "follow": while following someone, the viewport tracks theirs; any manual pan or zoom
 * stops following.
 */
export const PresenceLayer = memo(function PresenceLayer({
  showDragGhosts = false,
}: PresenceLayerProps) {
  const session = useBoardSession();
  const flow = useReactFlow();
  const domNode = useStore(selectDomNode);
  const { zoom } = useViewport();
  const peers = usePeers();
  const [following, setFollowing] = useFollowing();

  // Publish the local cursor while the pointer is over the canvas.
  useEffect(() => {
    if (!domNode) return undefined;
    const onMove = (e: PointerEvent): void => {
      session.presence.setCursor(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    };
    const onLeave = (): void => session.presence.setCursor(null);
    domNode.addEventListener('pointermove', onMove, { passive: true });
    domNode.addEventListener('pointerleave', onLeave);
    return () => {
      domNode.removeEventListener('pointermove', onMove);
      domNode.removeEventListener('pointerleave', onLeave);
      session.presence.setCursor(null);
    };
  }, [domNode, flow, session]);

  // Publish the local viewport (others may follow it).
  useEffect(() => {
    session.presence.setViewport(flow.getViewport());
  }, [flow, session]);
  useOnViewportChange({ onChange: (vp) => session.presence.setViewport(vp) });

  // Any manual pan/zoom stops following.
  useEffect(() => {
    if (!domNode || following === null) return undefined;
    const stop = (e: Event): void => {
      if (isManualViewportGesture(e)) setFollowing(null);
    };
    const opts = { capture: true, passive: true } as const;
    domNode.addEventListener('wheel', stop, opts);
    domNode.addEventListener('pointerdown', stop, opts);
    return () => {
      domNode.removeEventListener('wheel', stop, opts);
      domNode.removeEventListener('pointerdown', stop, opts);
    };
  }, [domNode, following, setFollowing]);

  // Track the followed person's viewport; stop when they leave.
  const followed = useMemo(
    () => (following === null ? undefined : peers.find((p) => p.id === following)),
    [following, peers],
  );
  const followedPresent = followed !== undefined;
  const fx = followed?.viewport?.x;
  const fy = followed?.viewport?.y;
  const fzoom = followed?.viewport?.zoom;
  useEffect(() => {
    if (following === null) return;
    if (!followedPresent) {
      setFollowing(null);
      return;
    }
    if (fx === undefined || fy === undefined || fzoom === undefined) return;
    void flow.setViewport({ x: fx, y: fy, zoom: fzoom });
  }, [flow, following, followedPresent, fx, fy, fzoom, setFollowing]);

  return (
    <ViewportPortal>
      {showDragGhosts && <PeerDragGhosts peers={peers} />}
      {peers.map((peer) => (
        <PeerCursor key={peer.clientId} peer={peer} zoom={zoom} />
      ))}
    </ViewportPortal>
  );
});
