import * as Y from 'yjs';
import {
  DEFAULT_HORIZON_LABELS,
  HorizonLabelsSchema,
  SCHEMA_VERSION,
  type BoardMeta,
  type HorizonLabels,
} from '@isf/framework';
import type { YValue } from '../layout';
import type { SkippedRecord } from './SkippedRecord';
import { setIfChanged } from './yhelpers';

const DEFAULT_TITLE = 'Untitled ISF';
const HORIZON_KEYS = ['short', 'mid', 'long'] as const;

/** Reads `meta`, falling back to defaults (and reporting) for missing or invalid fields. */
export function readMeta(meta: Y.Map<YValue>): { value: BoardMeta; skipped: SkippedRecord[] } {
  const skipped: SkippedRecord[] = [];
  const rawTitle = meta.get('title');
  let title = DEFAULT_TITLE;
  if (typeof rawTitle === 'string' && rawTitle.length <= 300) title = rawTitle;
  else if (rawTitle !== undefined)
    skipped.push({ kind: 'meta', id: 'title', reason: 'not a string ≤ 300' });
  const rawVersion = meta.get('schemaVersion');
  const schemaVersion =
    typeof rawVersion === 'number' && Number.isInteger(rawVersion) && rawVersion >= 1
      ? rawVersion
      : SCHEMA_VERSION;
  const labels: Record<string, unknown> = { ...DEFAULT_HORIZON_LABELS };
  const rawLabels = meta.get('horizonLabels');
  if (rawLabels instanceof Y.Map) {
    for (const k of HORIZON_KEYS) if (rawLabels.has(k)) labels[k] = rawLabels.get(k);
  }
  let horizonLabels: HorizonLabels = DEFAULT_HORIZON_LABELS;
  const parsed = HorizonLabelsSchema.safeParse(labels);
  if (parsed.success) horizonLabels = parsed.data;
  else skipped.push({ kind: 'meta', id: 'horizonLabels', reason: 'invalid labels, defaults used' });
  return { value: { title, schemaVersion, horizonLabels }, skipped };
}

/** Writes meta fields, touching only those that differ (labels per horizon). */
export function writeMeta(
  meta: Y.Map<YValue>,
  fields: { title?: string; schemaVersion?: number; horizonLabels?: Partial<HorizonLabels> },
): void {
  if (fields.title !== undefined) setIfChanged(meta, 'title', fields.title);
  if (fields.schemaVersion !== undefined) setIfChanged(meta, 'schemaVersion', fields.schemaVersion);
  if (fields.horizonLabels !== undefined) {
    let labels = meta.get('horizonLabels');
    if (!(labels instanceof Y.Map)) {
      labels = new Y.Map<YValue>();
      meta.set('horizonLabels', labels);
    }
    for (const k of HORIZON_KEYS) {
      const v = fields.horizonLabels[k];
      if (v !== undefined) setIfChanged(labels as Y.Map<YValue>, k, v);
    }
  }
}
