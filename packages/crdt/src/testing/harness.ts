import * as Y from 'yjs';
import type { Board } from '@isf/framework';
import { BoardStore } from '../BoardStore';
import { createUndoManager, type BoardUndo } from '../undo/createUndoManager';

/** Origin of updates the connector delivers (never forwarded again). */
export const CONNECTOR_ORIGIN: object = Object.freeze({ name: 'harness-connector' });

/** One simulated client: its own doc, store (own origin, deterministic ids) and undo manager. */
export interface Replica {
  index: number;
  doc: Y.Doc;
  store: BoardStore;
  undo: BoardUndo;
  /** Every update this replica produced itself (commands, undo, restores, migrations). */
  ownUpdates: Uint8Array[];
}

interface Pending {
  from: number;
  to: number;
  update: Uint8Array;
}

/**
 * Joins replicas in a full mesh. Every update a replica produces is queued on each link to the
 * other replicas and delivered only on `flush()` — to all or a subset of links, in queue order or
 * a random order (Yjs must cope with out-of-order delivery).
 */
export class Connector {
  private queue: Pending[] = [];

  constructor(private readonly replicas: readonly Replica[]) {
    for (const r of replicas) {
      r.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === CONNECTOR_ORIGIN) return;
        r.ownUpdates.push(update);
        for (const other of replicas) {
          if (other !== r) this.queue.push({ from: r.index, to: other.index, update });
        }
      });
    }
  }

  /** Number of updates waiting on links. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Delivers the queued updates of the selected links (`link(from, to)` true; default: all), in a
   * random order when `rng` is given. Returns how many were delivered.
   */
  flush(
    options: { link?: (from: number, to: number) => boolean; rng?: () => number } = {},
  ): number {
    const { link = () => true, rng } = options;
    const deliver = this.queue.filter((p) => link(p.from, p.to));
    this.queue = this.queue.filter((p) => !link(p.from, p.to));
    if (rng) {
      for (let i = deliver.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const a = deliver[i] as Pending;
        deliver[i] = deliver[j] as Pending;
        deliver[j] = a;
      }
    }
    for (const p of deliver) {
      const target = this.replicas[p.to];
      if (target) Y.applyUpdate(target.doc, p.update, CONNECTOR_ORIGIN);
    }
    return deliver.length;
  }
}

/** Creates `count` replicas (client ids 1..count, ids `r<i>-<n>`) joined by a Connector. */
export function createReplicas(count: number): { replicas: Replica[]; connector: Connector } {
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    doc.clientID = i + 1; // deterministic conflict resolution for reproducible seeds
    let n = 0;
    const store = new BoardStore(doc, {
      origin: { replica: i },
      idGenerator: () => `r${i}-${++n}`,
      clock: () => new Date('2026-11-27T00:00:00Z'),
    });
    replicas.push({ index: i, doc, store, undo: createUndoManager(store), ownUpdates: [] });
  }
  return { replicas, connector: new Connector(replicas) };
}

/** Rebuilds a document from every replica's own updates merged with `Y.mergeUpdates` and reads it. */
export function readMerged(replicas: readonly Replica[]): Board {
  const merged = Y.mergeUpdates(replicas.flatMap((r) => r.ownUpdates));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, merged);
  const store = new BoardStore(doc, { migrate: false });
  const board = store.read();
  store.destroy();
  doc.destroy();
  return board;
}

/** Invariant violations of a board read from a replica (empty when fine). */
export function boardInvariantViolations(board: Board): string[] {
  const out: string[] = [];
  const nodeIds = new Set(board.nodes.map((n) => n.id));
  for (const e of board.edges) {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target))
      out.push(`edge ${e.id} has a missing endpoint`);
  }
  for (const n of board.nodes) {
    if (n.lead !== null && typeof n.lead !== 'string') out.push(`node ${n.id} has a bad lead`);
    if (new Set(n.support).size !== n.support.length)
      out.push(`node ${n.id} has duplicate supporters`);
    if (new Set(n.tags).size !== n.tags.length) out.push(`node ${n.id} has duplicate tags`);
    if (new Set(n.benchmarks.map((b) => b.id)).size !== n.benchmarks.length) {
      out.push(`node ${n.id} has duplicate benchmarks`);
    }
  }
  const sorted = (xs: { id: string }[]): boolean =>
    xs.every((x, i) => i === 0 || (xs[i - 1]?.id ?? '') < x.id);
  if (!sorted(board.nodes) || !sorted(board.edges) || !sorted(board.actors))
    out.push('records not sorted by id');
  return out;
}
