import type { Participant } from '../session/BoardSession';

/** A point in flow (board) coordinates. */
export interface FlowPoint {
  x: number;
  y: number;
}

/** A React Flow viewport transform. */
export interface ViewportState {
  x: number;
  y: number;
  zoom: number;
}

/** Another participant currently on the board, as seen through awareness (validated). */
export interface Peer {
  /** Awareness client id (one per open tab). */
  clientId: number;
  /** Stable user id (the same person in two tabs has one id, two client ids). */
  id: string;
  name: string;
  color: string;
  role: Participant['role'];
  /** Actor id of the entity this person represents, or null. */
  entity: string | null;
  cursor: FlowPoint | null;
  selected: string[];
  dragging: Record<string, FlowPoint> | null;
  viewport: ViewportState | null;
  /** User id this person is following, or null. */
  following: string | null;
}
