import { isStateVectorCovered } from '@isf/crdt';
import type { ConnectionState, StatusNotice, SyncStatus } from './BoardSession';

type Listener = (status: SyncStatus) => void;

/**
 * The status state machine behind the badge: connection (connecting → online ⇄ reconnecting /
 * offline) and a truthful `saved`: false after any local change until a state vector stored by the
 * relay covers it. Fed by the session (provider, browser and relay events); pure otherwise.
 */
export class SyncStatusTracker {
  private status: SyncStatus = {
    connection: 'connecting',
    saved: true,
    localLoaded: false,
    notice: null,
  };
  private everOnline = false;
  private failures = 0;
  private browserOffline = false;
  private terminal = false;
  /** Client ids whose local updates the relay has not confirmed as stored yet. */
  private readonly pending = new Set<number>();
  /** The last stored state vector the relay reported. */
  private lastStored: Uint8Array | null = null;
  private readonly listeners = new Set<Listener>();

  /** `localStateVector` returns the doc's current state vector (`Y.encodeStateVector(doc)`). */
  constructor(private readonly localStateVector: () => Uint8Array) {}

  /** The current status (a new object after each change). */
  get = (): SyncStatus => this.status;

  /** Subscribes to status changes; returns unsubscribe. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The provider opens a socket (first attempt or a retry). */
  connecting(): void {
    if (this.terminal) return;
    this.setConnection(this.browserOffline ? 'offline' : this.retrying());
  }

  /** The provider finished the initial sync with the relay. */
  synced(): void {
    if (this.terminal) return;
    this.everOnline = true;
    this.failures = 0;
    this.setConnection('online');
  }

  /** The socket closed (any reason); the provider will retry unless told otherwise. */
  connectionClosed(): void {
    if (this.terminal) return;
    this.failures++;
    this.setConnection(this.browserOffline ? 'offline' : 'reconnecting');
  }

  /** The relay closed with a permanent code (4400–4499): no more reconnecting. */
  closedForGood(code: number, reason: string): void {
    this.terminal = true;
    this.update({ connection: 'offline', notice: { kind: 'closed', code, reason } });
  }

  /** The browser reports it lost (false) or regained (true) the network. */
  browserOnline(online: boolean): void {
    this.browserOffline = !online;
    if (this.terminal) return;
    if (!online) this.setConnection('offline');
    else if (this.status.connection === 'offline') this.setConnection('reconnecting');
  }

  /** The local IndexedDB copy has loaded; `restoredClients` are the client ids found in it. */
  localLoaded(restoredClients: Iterable<number>): void {
    for (const c of restoredClients) this.pending.add(c);
    if (this.lastStored) this.confirm(this.lastStored);
    this.update({ localLoaded: true, saved: this.pending.size === 0 });
  }

  /** A local change (not from the relay or IndexedDB) by this doc's client id. */
  localChange(clientId: number): void {
    this.pending.add(clientId);
    this.update({ saved: false });
  }

  /**
   * The relay's view of the stored document: its state vector (from the saved message, or the
   * relay's sync step 1). Confirms every pending client it covers.
   */
  storedStateVector(stored: Uint8Array): void {
    this.lastStored = stored;
    this.confirm(stored);
    this.update({ saved: this.pending.size === 0 });
  }

  private confirm(stored: Uint8Array): void {
    if (this.pending.size === 0) return;
    const local = this.localStateVector();
    for (const clientId of [...this.pending]) {
      if (isStateVectorCovered(local, stored, clientId)) this.pending.delete(clientId);
    }
  }

  /** A notice from the relay (e.g. read-only), shown next to the status. */
  notice(notice: StatusNotice | null): void {
    this.update({ notice });
  }

  private retrying(): ConnectionState {
    return this.everOnline || this.failures > 0 ? 'reconnecting' : 'connecting';
  }

  private setConnection(connection: ConnectionState): void {
    this.update({ connection });
  }

  private update(patch: Partial<SyncStatus>): void {
    const next = { ...this.status, ...patch };
    const s = this.status;
    if (
      next.connection === s.connection &&
      next.saved === s.saved &&
      next.localLoaded === s.localLoaded &&
      next.notice === s.notice
    ) {
      return;
    }
    this.status = next;
    for (const l of this.listeners) l(next);
  }
}
