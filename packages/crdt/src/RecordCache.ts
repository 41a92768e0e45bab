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
  /** Ids whose read reported skipped records (invalid record or invalid nested records). */
  private readonly withSkipped = new Set<string>();
  /** Incremented whenever a refresh changes any record. */
  version = 0;
  /** Incremented whenever a refresh changes which ids are valid (not just record contents). */
  membershipVersion = 0;

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
      this.withSkipped.clear();
      this.sortedIds = Array.from(this.map.keys()).sort();
      for (const id of this.sortedIds) this.store(id, this.reader(id, this.map.get(id)));
      this.valuesCache = null;
      this.version++;
      this.membershipVersion++;
      return true;
    }
    if (this.dirty.size === 0) return false;
    let membership = false;
    for (const id of this.dirty) {
      const raw = this.map.get(id);
      const before = this.reads.get(id);
      if (raw === undefined) {
        if (before !== undefined) {
          this.reads.delete(id);
          this.withSkipped.delete(id);
          this.sortedIds.splice(lowerBound(this.sortedIds, id), 1);
          if (before.ok) membership = true;
        }
      } else {
        if (before === undefined) this.sortedIds.splice(lowerBound(this.sortedIds, id), 0, id);
        const after = this.reader(id, raw);
        this.store(id, after);
        if ((before?.ok ?? false) !== after.ok) membership = true;
      }
    }
    this.dirty.clear();
    this.valuesCache = null;
    this.version++;
    if (membership) this.membershipVersion++;
    return true;
  }

  private store(id: string, read: RecordRead<T>): void {
    this.reads.set(id, read);
    if (read.skipped.length > 0) this.withSkipped.add(id);
    else this.withSkipped.delete(id);
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
    for (const id of [...this.withSkipped].sort()) out.push(...(this.reads.get(id)?.skipped ?? []));
    return out;
  }
}
