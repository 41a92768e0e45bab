import type * as Y from 'yjs';
import type { RecordRead, SkippedRecord } from './records/SkippedRecord';

function lowerBound(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per-record cache of validated plain objects for one top-level map. Only records marked dirty (by
 * the store's observeDeep handlers) are read again; `values()` keeps id order without re-sorting.
 */
export class RecordCache<T extends { id: string }> {
  private readonly reads = new Map<string, RecordRead<T>>();
  private sortedIds: string[] = [];
  private readonly dirty = new Set<string>();
  private cold = true;
  private valuesCache: T[] | null = null;

  constructor(
    private readonly map: Y.Map<unknown>,
    private readonly reader: (id: string, raw: unknown) => RecordRead<T>,
  ) {}

  /** Marks a record to be read again on the next refresh. */
  markDirty(id: string): void {
    this.dirty.add(id);
  }

  /** Forgets everything (the next refresh reads every record). */
  invalidate(): void {
    this.cold = true;
  }

  /** Re-reads dirty records; returns true when anything changed. */
  refresh(): boolean {
    if (this.cold) {
      this.cold = false;
      this.dirty.clear();
      this.reads.clear();
      this.sortedIds = Array.from(this.map.keys()).sort();
      for (const id of this.sortedIds) this.reads.set(id, this.reader(id, this.map.get(id)));
      this.valuesCache = null;
      return true;
    }
    if (this.dirty.size === 0) return false;
    for (const id of this.dirty) {
      const raw = this.map.get(id);
      const had = this.reads.has(id);
      if (raw === undefined) {
        if (had) {
          this.reads.delete(id);
          this.sortedIds.splice(lowerBound(this.sortedIds, id), 1);
        }
      } else {
        if (!had) this.sortedIds.splice(lowerBound(this.sortedIds, id), 0, id);
        this.reads.set(id, this.reader(id, raw));
      }
    }
    this.dirty.clear();
    this.valuesCache = null;
    return true;
  }

  /** The valid record with this id (after the last refresh). */
  get(id: string): T | undefined {
    const r = this.reads.get(id);
    return r !== undefined && r.ok ? r.value : undefined;
  }

  /** True when a valid record with this id exists. */
  has(id: string): boolean {
    return this.reads.get(id)?.ok === true;
  }

  /** Valid records sorted by id (the same array until something changes). */
  values(): T[] {
    if (this.valuesCache === null) {
      const out: T[] = [];
      for (const id of this.sortedIds) {
        const r = this.reads.get(id);
        if (r !== undefined && r.ok) out.push(r.value);
      }
      this.valuesCache = out;
    }
    return this.valuesCache;
  }

  /** Records (and nested records) that failed validation. */
  skipped(): SkippedRecord[] {
    const out: SkippedRecord[] = [];
    for (const id of this.sortedIds) {
      const r = this.reads.get(id);
      if (r !== undefined && r.skipped.length > 0) out.push(...r.skipped);
    }
    return out;
  }
}
