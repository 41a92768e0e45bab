/** Ids added, updated and removed in one transaction, for one record kind. */
export interface IdChanges {
  added: string[];
  updated: string[];
  removed: string[];
}

/**
 * What one transaction changed (delivered by `store.subscribe`). An edit inside a node record (a
 * field, its title Y.Text, a benchmark, a supporter) lists the node id under `nodes.updated`.
 */
export interface ChangeSet {
  nodes: IdChanges;
  edges: IdChanges;
  actors: IdChanges;
  /** Title, schema version or horizon labels changed. */
  meta: boolean;
  /** True for changes made on this replica (commands, undo, restore), false for remote updates. */
  local: boolean;
  /** The transaction origin (e.g. `store.origin`, an undo manager, the provider). */
  origin: unknown;
}

/** Accumulates one transaction's events into a ChangeSet. */
export class ChangeCollector {
  private readonly kinds = {
    nodes: new Map<string, 'added' | 'updated' | 'removed'>(),
    edges: new Map<string, 'added' | 'updated' | 'removed'>(),
    actors: new Map<string, 'added' | 'updated' | 'removed'>(),
  };
  meta = false;

  /** Records a change; `added`/`removed` win over `updated`, add-then-remove cancels out. */
  note(
    kind: 'nodes' | 'edges' | 'actors',
    id: string,
    change: 'added' | 'updated' | 'removed',
  ): void {
    const m = this.kinds[kind];
    const prev = m.get(id);
    if (prev === undefined) m.set(id, change);
    else if (change === 'updated') return;
    else if (prev === 'added' && change === 'removed') m.delete(id);
    else if (prev === 'removed' && change === 'added') m.set(id, 'updated');
    else m.set(id, change);
  }

  get empty(): boolean {
    return (
      !this.meta &&
      this.kinds.nodes.size === 0 &&
      this.kinds.edges.size === 0 &&
      this.kinds.actors.size === 0
    );
  }

  /** Builds the ChangeSet (ids sorted) and resets the collector. */
  take(local: boolean, origin: unknown): ChangeSet {
    const ids = (kind: 'nodes' | 'edges' | 'actors'): IdChanges => {
      const out: IdChanges = { added: [], updated: [], removed: [] };
      for (const [id, change] of this.kinds[kind]) out[change].push(id);
      out.added.sort();
      out.updated.sort();
      out.removed.sort();
      this.kinds[kind].clear();
      return out;
    };
    const set: ChangeSet = {
      nodes: ids('nodes'),
      edges: ids('edges'),
      actors: ids('actors'),
      meta: this.meta,
      local,
      origin,
    };
    this.meta = false;
    return set;
  }
}
