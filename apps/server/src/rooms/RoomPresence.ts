import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { encodeAwarenessMessage, filterAwarenessUpdate } from '../relay/protocol.js';
import { Connection } from './Connection.js';

/** Origin of awareness updates that came from another relay instance over the bus. */
export const REMOTE_PRESENCE = Symbol('remote-presence');

/** Why an incoming awareness message was refused. */
export type PresenceRefusal = 'too-large' | 'flood' | 'malformed';

/**
 * A room's presence (y-protocols awareness): which connection announced which client ids, removal
 * when a connection leaves, and fan-out coalesced per tick (local changes are also published to
 * other relay instances through `publish`).
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owner = new Map<number, Connection>();
  private readonly changed = new Set<number>();
  private readonly changedLocally = new Set<number>();
  private scheduled = false;
  private destroyed = false;

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly publish: (awarenessUpdate: Uint8Array) => void,
    private readonly limits: { maxAwarenessBytes: number },
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** The message that tells a newcomer every current state, or null if there is none. */
  snapshot(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? encodeAwarenessMessage(this.awareness, ids) : null;
  }

  /** Full state as a message (query-awareness reply), even when empty. */
  all(): Uint8Array {
    return encodeAwarenessMessage(this.awareness, [...this.awareness.getStates().keys()]);
  }

  /**
   * Applies a connection's awareness update, or says why it is refused. Entries for client ids
   * another connection announced are dropped: the stock provider echoes every state it receives
   * (so echoes are normal and only count against the large frame budget), and a hostile client
   * must not remove or overwrite someone else's presence. Entries for the connection's own or new
   * ids count against its presence budget.
   */
  receive(conn: Connection, update: Uint8Array): PresenceRefusal | null {
    if (update.byteLength > this.limits.maxAwarenessBytes) return 'too-large';
    let own = false;
    let kept: Uint8Array | null;
    try {
      kept = filterAwarenessUpdate(update, (id) => {
        const owner = this.owner.get(id);
        if (owner !== undefined && owner !== conn) return false;
        if (owner === conn || !this.awareness.meta.has(id)) own = true;
        return true;
      });
    } catch {
      return 'malformed';
    }
    if (!conn.takeAwarenessBudget(own)) return 'flood';
    if (!kept) return null;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, conn);
      return null;
    } catch {
      return 'malformed';
    }
  }

  /** Applies presence from another relay instance. */
  receiveRemote(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_PRESENCE);
    } catch {
      // a bad message from the bus never breaks the room
    }
  }

  /** Removes every client id a connection announced (it left). */
  removeConnection(conn: Connection): void {
    if (conn.awarenessClients.size === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], conn);
  }

  destroy(): void {
    this.destroyed = true;
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private readonly onUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of changes.added) {
        origin.awarenessClients.add(id);
        this.owner.set(id, origin);
      }
    }
    for (const id of changes.removed) {
      this.owner.get(id)?.awarenessClients.delete(id);
      this.owner.delete(id);
    }
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.changed.add(id);
      if (origin !== REMOTE_PRESENCE) this.changedLocally.add(id);
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  };

  private flush(): void {
    this.scheduled = false;
    if (this.destroyed) return;
    if (this.changed.size > 0) {
      this.broadcast(encodeAwarenessMessage(this.awareness, [...this.changed]));
      this.changed.clear();
    }
    if (this.changedLocally.size > 0) {
      const ids = [...this.changedLocally];
      this.changedLocally.clear();
      this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    }
  }
}
