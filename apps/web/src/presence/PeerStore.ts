import type { Awareness } from 'y-protocols/awareness';
import type { FlowPoint, Peer } from './Peer';
import { peerFromState } from './peerFromState';

type Listener = () => void;

/** Others' selections: node id → peers who have it selected (stable reference while unchanged). */
export type PeerSelections = ReadonlyMap<string, Peer[]>;
/** Others' live drags: node id → position (stable reference while unchanged). */
export type PeerDrags = ReadonlyMap<string, FlowPoint>;
/** Who someone is (no cursor, selection or viewport): what the avatars show. */
export type PeerIdentity = Pick<Peer, 'id' | 'name' | 'color' | 'role' | 'entity'>;

/** Runs `fn` soon, coalescing bursts (default: next animation frame). */
export type Scheduler = (fn: () => void) => void;

const nextFrame: Scheduler = (fn) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => fn());
  else setTimeout(fn, 16);
};

const EMPTY_PEERS: Peer[] = [];
const EMPTY_SELECTIONS: PeerSelections = new Map();
const EMPTY_DRAGS: PeerDrags = new Map();
const EMPTY_PEOPLE: PeerIdentity[] = [];

function samePeople(a: PeerIdentity[], b: PeerIdentity[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return (
        q !== undefined &&
        p.id === q.id &&
        p.name === q.name &&
        p.color === q.color &&
        p.role === q.role &&
        p.entity === q.entity
      );
    })
  );
}

function sameSelections(a: PeerSelections, b: PeerSelections): boolean {
  if (a.size !== b.size) return false;
  for (const [id, peers] of a) {
    const other = b.get(id);
    if (!other || other.length !== peers.length) return false;
    for (let i = 0; i < peers.length; i++) {
      const p = peers[i];
      const q = other[i];
      if (!p || !q || p.clientId !== q.clientId || p.color !== q.color || p.name !== q.name) {
        return false;
      }
    }
  }
  return true;
}

function sameDrags(a: PeerDrags, b: PeerDrags): boolean {
  if (a.size !== b.size) return false;
  for (const [id, pos] of a) {
    const other = b.get(id);
    if (!other || other.x !== pos.x || other.y !== pos.y) return false;
  }
  return true;
}

/**
 * Derived, validated views of the awareness states of everyone but this tab. Snapshots keep their
 * reference while unchanged, so `useSyncExternalStore` consumers only re-render on real changes
 * (a cursor move does not re-render the selection rings or the avatars). Awareness bursts (60
 * people moving cursors at 10 Hz) are coalesced to one recompute per animation frame, and each
 * state object is validated once.
 */
export class PeerStore {
  private peers: Peer[] = EMPTY_PEERS;
  private selections: PeerSelections = EMPTY_SELECTIONS;
  private drags: PeerDrags = EMPTY_DRAGS;
  private people: PeerIdentity[] = EMPTY_PEOPLE;
  private readonly listeners = new Set<Listener>();
  /** Validated peer per awareness state object (a changed state is a new object). */
  private readonly parsed = new WeakMap<object, Peer | null>();
  private scheduled = false;
  private destroyed = false;
  private readonly onChange = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      if (!this.destroyed) this.recompute();
    });
  };

  constructor(
    private readonly awareness: Awareness,
    private readonly schedule: Scheduler = nextFrame,
  ) {
    awareness.on('change', this.onChange);
    this.recompute();
  }

  /** Others on the board (one entry per tab), ordered by client id. */
  getPeers = (): Peer[] => this.peers;
  /** Node id → peers who have it selected. */
  getSelections = (): PeerSelections => this.selections;
  /** Node id → another client's live drag position. */
  getDrags = (): PeerDrags => this.drags;
  /** Distinct people (by user id, first tab wins), identity only. */
  getPeople = (): PeerIdentity[] => this.people;

  /** Subscribes to any change of the derived snapshots; returns unsubscribe. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops listening to awareness. */
  destroy(): void {
    this.destroyed = true;
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  private recompute(): void {
    const self = this.awareness.clientID;
    const peers: Peer[] = [];
    const clientIds = [...this.awareness.getStates().keys()].sort((a, b) => a - b);
    for (const clientId of clientIds) {
      if (clientId === self) continue;
      const state: unknown = this.awareness.getStates().get(clientId);
      let peer: Peer | null | undefined;
      if (typeof state === 'object' && state !== null) {
        peer = this.parsed.get(state);
        if (peer === undefined) {
          peer = peerFromState(clientId, state);
          this.parsed.set(state, peer);
        }
      } else {
        peer = null;
      }
      if (peer) peers.push(peer);
    }
    const selections = new Map<string, Peer[]>();
    const drags = new Map<string, FlowPoint>();
    for (const peer of peers) {
      for (const id of peer.selected) {
        const list = selections.get(id);
        if (list) list.push(peer);
        else selections.set(id, [peer]);
      }
      if (peer.dragging) {
        for (const [id, pos] of Object.entries(peer.dragging)) drags.set(id, pos);
      }
    }
    let changed = false;
    if (peers.length > 0 || this.peers.length > 0) {
      this.peers = peers.length > 0 ? peers : EMPTY_PEERS;
      changed = true;
    }
    if (!sameSelections(selections, this.selections)) {
      this.selections = selections.size > 0 ? selections : EMPTY_SELECTIONS;
      changed = true;
    }
    if (!sameDrags(drags, this.drags)) {
      this.drags = drags.size > 0 ? drags : EMPTY_DRAGS;
      changed = true;
    }
    const seen = new Set<string>();
    const people: PeerIdentity[] = [];
    for (const p of peers) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      people.push({ id: p.id, name: p.name, color: p.color, role: p.role, entity: p.entity });
    }
    if (!samePeople(people, this.people)) {
      this.people = people.length > 0 ? people : EMPTY_PEOPLE;
      changed = true;
    }
    if (changed) for (const l of this.listeners) l();
  }
}

const stores = new WeakMap<Awareness, PeerStore>();

/** The one `PeerStore` of an awareness instance (created on first use). */
export function peerStoreFor(awareness: Awareness): PeerStore {
  let store = stores.get(awareness);
  if (!store) {
    store = new PeerStore(awareness);
    stores.set(awareness, store);
  }
  return store;
}
