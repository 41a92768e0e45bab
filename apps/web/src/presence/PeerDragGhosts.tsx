import { memo } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Peer } from './Peer';

const DEFAULT_SIZE = { width: 240, height: 120 };

/**
 * Outlines (in the dragger's colour, with their name) where other people are dragging nodes right
 * now — drawn in flow coordinates inside the viewport portal, without touching React Flow's node
 * state. On large boards this shows remote drags at O(1) cost per update, where moving the real
 * node re-runs React Flow's per-node selectors.
 */
export const PeerDragGhosts = memo(function PeerDragGhosts({ peers }: { peers: Peer[] }) {
  const flow = useReactFlow();
  const ghosts: { key: string; peer: Peer; id: string; x: number; y: number }[] = [];
  for (const peer of peers) {
    if (!peer.dragging) continue;
    for (const [id, pos] of Object.entries(peer.dragging)) {
      ghosts.push({ key: `${peer.clientId}:${id}`, peer, id, x: pos.x, y: pos.y });
    }
  }
  return (
    <>
      {ghosts.map(({ key, peer, id, x, y }) => {
        const measured = flow.getInternalNode(id)?.measured;
        const width = measured?.width ?? DEFAULT_SIZE.width;
        const height = measured?.height ?? DEFAULT_SIZE.height;
        return (
          <div
            key={key}
            className="peer-drag-ghost"
            aria-hidden="true"
            data-node={id}
            style={{
              transform: `translate(${x}px, ${y}px)`,
              width,
              height,
              borderColor: peer.color,
            }}
          >
            <span className="peer-drag-ghost__label" style={{ background: peer.color }}>
              {peer.name}
            </span>
          </div>
        );
      })}
    </>
  );
});
