import { parsePresence } from '@isf/crdt';
import type { Peer } from './Peer';

/**
 * Validates one remote awareness state with the crdt presence schema and turns it into a `Peer`;
 * null for states that are missing or malformed (they are ignored, never crash the canvas).
 */
export function peerFromState(clientId: number, state: unknown): Peer | null {
  const presence = parsePresence(state);
  if (!presence) return null;
  return {
    clientId,
    id: presence.user.id,
    name: presence.user.name,
    color: presence.user.color,
    role: presence.user.role,
    entity: presence.user.entity ?? null,
    cursor: presence.cursor ?? null,
    selected: presence.selected ?? [],
    dragging: presence.dragging ?? null,
    viewport: presence.viewport ?? null,
    following: presence.following ?? null,
  };
}
