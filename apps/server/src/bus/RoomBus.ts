/**
 * Carries a room's stored updates and awareness between relay instances when the relay is scaled
 * out. An update is published only after it is stored, so receivers relay it without storing it.
 */
export type BusMessageKind = 'update' | 'awareness';

export interface BusMessage {
  kind: BusMessageKind;
  /** Id of the relay instance that published it (receivers ignore their own). */
  origin: string;
  data: Uint8Array;
}

export type BusHandler = (message: BusMessage) => void;

export interface RoomBus {
  /** This instance's id, stamped on everything it publishes. */
  readonly instanceId: string;
  /**
   * False when no other relay instance can hold the same rooms (nothing published reaches
   * anyone): rooms then skip preparing what they would publish.
   */
  readonly sharesRooms: boolean;
  publish(boardId: string, kind: BusMessageKind, data: Uint8Array): Promise<void>;
  /**
   * Starts receiving a board's messages from other instances; resolves once the subscription is
   * active (subscribe before loading the room, so nothing published during the load is missed).
   * Returns the function that stops it.
   */
  subscribe(boardId: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The bus of a single relay instance: there is nobody to tell. */
export class LocalBus implements RoomBus {
  readonly instanceId = 'local';
  readonly sharesRooms = false;
  async publish(): Promise<void> {}
  async subscribe(): Promise<() => Promise<void>> {
    return async () => {};
  }
  async close(): Promise<void> {}
}
