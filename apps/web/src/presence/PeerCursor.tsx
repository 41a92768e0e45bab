import { memo } from 'react';
import type { Peer } from './Peer';

interface PeerCursorProps {
  peer: Peer;
  /** Current zoom, to keep the cursor the same size on screen. */
  zoom: number;
}

/** Another person's pointer, drawn in flow coordinates inside the viewport portal. */
export const PeerCursor = memo(function PeerCursor({ peer, zoom }: PeerCursorProps) {
  if (!peer.cursor) return null;
  const scale = zoom > 0 ? 1 / zoom : 1;
  return (
    <div
      className="peer-cursor"
      data-peer={peer.id}
      aria-hidden="true"
      style={{
        transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${scale})`,
        color: peer.color,
      }}
    >
      <svg width="18" height="18" viewBox="0 0 18 18">
        <path
          d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
          fill="currentColor"
          stroke="#fff"
        />
      </svg>
      <span className="peer-cursor__label" style={{ background: peer.color }}>
        {peer.name}
      </span>
    </div>
  );
});
