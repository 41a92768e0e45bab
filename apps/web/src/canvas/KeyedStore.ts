type Listener = () => void;

/**
 * A map of values with listeners per key: `replaceAll` notifies only the keys whose value changed
 * (by `equals`), so per-item components re-render only for their own key.
 */
export class KeyedStore<V> {
  private values = new Map<string, V>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly equals: (a: V, b: V) => boolean = Object.is) {}

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  /** Replaces every value; returns the keys that changed (and were notified). */
  replaceAll(next: ReadonlyMap<string, V>): string[] {
    const changed: string[] = [];
    const merged = new Map<string, V>();
    for (const [k, v] of next) {
      const prev = this.values.get(k);
      if (prev !== undefined && this.equals(prev, v)) merged.set(k, prev);
      else {
        merged.set(k, v);
        changed.push(k);
      }
    }
    for (const k of this.values.keys()) if (!next.has(k)) changed.push(k);
    this.values = merged;
    for (const k of changed) {
      const set = this.listeners.get(k);
      if (set) for (const l of Array.from(set)) l();
    }
    return changed;
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }
}
