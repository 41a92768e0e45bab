import type { z } from 'zod';

/** Kinds of records `read()` can skip. */
export type RecordKind = 'node' | 'edge' | 'actor' | 'benchmark' | 'risk' | 'meta';

/** A record that failed validation and was left out of the board. */
export interface SkippedRecord {
  kind: RecordKind;
  /** Record id; nested records use `<nodeId>/<id>`, meta fields use the key name. */
  id: string;
  reason: string;
}

/** Result of reading one record from the document. */
export type RecordRead<T> =
  { ok: true; value: T; skipped: SkippedRecord[] } | { ok: false; skipped: SkippedRecord[] };

/** Formats zod issues into one short line. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}
