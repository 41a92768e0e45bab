/** Helpers of `importCsv`: issue collection, id generation, actor resolution, field readers. */
import type { Actor } from '../schema/actor';
import { IdSchema } from '../schema/common';
import type { IdGenerator } from '../schema/common';
import { importIssue, type ImportIssue } from './ImportError';
import type { MessageParams } from '../messages/DomainMessage';
import { readEnum, splitList } from './csvCells';

/** Collects issues that name a CSV row (1-based, header = 1) and column. */
export class CsvIssues {
  readonly list: ImportIssue[] = [];
  add(row: number, column: string, code: string, params: MessageParams = {}): void {
    this.list.push(importIssue(`row ${row}, column ${column}`, code, params, { row, column }));
  }
}

/** FNV-1a 32-bit hash as 8 hex digits, for short deterministic ids. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Hands out unique ids: from the caller's generator, or `<kind>-row<n>` (suffixed if taken). */
export class IdPool {
  readonly used = new Set<string>();
  constructor(
    private readonly issues: CsvIssues,
    private readonly generator?: IdGenerator,
  ) {}

  fresh(kind: string, row: number): string {
    if (this.generator !== undefined) {
      const id = this.generator();
      if (IdSchema.safeParse(id).success && !this.used.has(id)) {
        this.used.add(id);
        return id;
      }
      this.issues.add(row, `${kind}_id`, 'import.csv.bad-generated-id', { id });
    }
    return this.unique(`${kind}-row${row}`);
  }

  unique(base: string): string {
    let id = base;
    for (let k = 2; this.used.has(id); k += 1) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

/** Edge id `<prefix>-<from>-<to>` (hashed when too long), unique within the import. */
export function edgeIdFor(pool: IdPool, prefix: string, from: string, to: string): string {
  const plain = `${prefix}-${from}-${to}`;
  return pool.unique(plain.length <= 128 ? plain : `${prefix}-${shortHash(from)}-${shortHash(to)}`);
}

/**
 * Resolves lead/support cells to actor ids: an actor id of the catalogue, else an exact
 * abbreviation or name, else a new actor (`other-partner`) whose id is the value itself
 * (or a slug of it when it has spaces) and whose name is the value.
 */
export class ActorResolver {
  readonly actors: Map<string, Actor>;
  constructor(
    private readonly catalogue: readonly Actor[],
    private readonly issues: CsvIssues,
  ) {
    this.actors = new Map(catalogue.map((a) => [a.id, { ...a }]));
  }

  resolve(raw: string, row: number, column: string): string | null {
    const value = raw.trim();
    if (value === '') return null;
    if (this.actors.has(value)) return value;
    const named = this.catalogue.find((a) => a.abbrev === value || a.name === value);
    if (named !== undefined) return named.id;
    const slug = value
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    const id = IdSchema.safeParse(value).success ? value : slug;
    if (!IdSchema.safeParse(id).success || value.length > 200) {
      this.issues.add(row, column, 'import.csv.bad-actor', { value: value.slice(0, 60) });
      return null;
    }
    const existing = this.actors.get(id);
    if (existing === undefined) {
      this.actors.set(id, { id, name: value, abbrev: null, group: 'other-partner' });
    }
    return id;
  }

  list(raw: string, row: number, column: string): string[] {
    const ids = splitList(raw).map((v) => this.resolve(v, row, column));
    return [...new Set(ids.filter((x): x is string => x !== null))];
  }
}

/** Reads an optional enum cell: empty → fallback; bad value → issue and fallback. */
export function enumCell<T extends string, F>(
  values: readonly T[],
  raw: string,
  fallback: F,
  report: (code: string, params: MessageParams) => void,
): T | F {
  if (raw.trim() === '') return fallback;
  const v = readEnum(values, raw);
  if (v === undefined) {
    report('import.csv.not-one-of', { value: raw.trim().slice(0, 40), values: values.join(', ') });
  }
  return v ?? fallback;
}
