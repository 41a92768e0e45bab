import type { PresenceState } from '@isf/crdt';
import type { Participant } from './BoardSession';

/** The first awareness state of a participant joining a board. */
export function initialPresence(self: Participant): PresenceState {
  return {
    user: {
      id: self.id,
      name: self.name,
      color: self.color,
      role: self.role,
      entity: self.entity,
    },
    cursor: null,
    selected: [],
    dragging: null,
    viewport: null,
    following: null,
  };
}
