import type { PlanNode } from '@isf/framework';

/** The part of a change set this store reads (structurally compatible with `@isf/crdt`'s ChangeSet). */
export interface IdChanges {
  added: readonly string[];
  updated: readonly string[];
  removed: readonly string[];
}

/** Where records come from (structurally compatible with `BoardStore`). */
export interface NodeSource {
  getNode(id: string): PlanNode | undefined;
}

type Listener = () => void;

/**
 * A per-node external store: `Map<id, PlanNode>` with listeners per id, so a node component
 * (via `useSyncExternalStore`) re-renders only when its own record changes.
 */
export class NodeRecordStore {
  private readonly records = new Map<string, PlanNode>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly anyListeners = new Set<(ids: readonly string[]) => void>();

  /** Replaces every record (initial load); notifies every id that changed. */
  reset(nodes: readonly PlanNode[]): void {
    const changed: string[] = [];
    const seen = new Set<string>();
    for (const node of nodes) {
      seen.add(node.id);
      if (this.records.get(node.id) !== node) {
        this.records.set(node.id, node);
        changed.push(node.id);
      }
    }
    for (const id of Array.from(this.records.keys())) {
      if (!seen.has(id)) {
        this.records.delete(id);
        changed.push(id);
      }
    }
    this.notify(changed);
  }

  /**
   * Re-reads only the ids named in `changes` from `source` and notifies their listeners.
   * Returns the ids whose record changed (added, updated or removed).
   */
  apply(changes: IdChanges, source: NodeSource): string[] {
    const changed: string[] = [];
    for (const id of [...changes.added, ...changes.updated]) {
      const node = source.getNode(id);
      if (node) this.records.set(id, node);
      else this.records.delete(id);
      changed.push(id);
    }
    for (const id of changes.removed) {
      if (this.records.delete(id)) changed.push(id);
    }
    this.notify(changed);
    return changed;
  }

  /** The current record of `id`, or undefined. Stable identity until that record changes. */
  get(id: string): PlanNode | undefined {
    return this.records.get(id);
  }

  /** Every record (iteration order = insertion order). */
  all(): IterableIterator<PlanNode> {
    return this.records.values();
  }

  get size(): number {
    return this.records.size;
  }

  /** Subscribes to changes of one id; returns unsubscribe. */
  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(id);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(id);
    };
  }

  /** Subscribes to every change (called once per batch with the changed ids). */
  subscribeAll(listener: (ids: readonly string[]) => void): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  private notify(ids: readonly string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) {
      const set = this.listeners.get(id);
      if (set) for (const l of Array.from(set)) l();
    }
    for (const l of Array.from(this.anyListeners)) l(ids);
  }
}
