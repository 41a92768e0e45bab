/**
 * Encoding of the structured CSV cells: lists (`a; b`), benchmarks and risks (one item per
 * line, parts separated by ` | `, with `\\`, `\|`, `\n`, `\r` escapes inside a part).
 */
import { BENCHMARK_STATUSES } from '../schema/benchmark';
import type { Benchmark } from '../schema/benchmark';
import { HORIZONS, IsoDateSchema } from '../schema/common';
import { RISK_LEVELS } from '../schema/risk';
import type { Risk } from '../schema/risk';
import type { MessagePart } from '../messages/DomainMessage';

/** Column names of the CSV format, in order. */
export const CSV_COLUMNS = [
  'objective_id',
  'objective',
  'output_id',
  'output',
  'activity_id',
  'activity',
  'description',
  'lead',
  'support',
  'horizon',
  'priority',
  'status',
  'tags',
  'funding',
  'duration_weeks',
  'predecessors',
  'suggested_predecessors',
  'benchmarks',
  'risks',
  'ref',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separator of list cells (support, tags, predecessors). Ids never contain whitespace. */
export const LIST_SEPARATOR = '; ';

/** Splits a list cell on `;`, trimming items and dropping empty ones. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function escapePart(part: string): string {
  return part.replace(/[\\|\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}

function joinParts(parts: readonly string[]): string {
  return parts.map(escapePart).join(' | ');
}

/** Splits one item line into its unescaped parts (separator `|`, one space either side optional). */
export function splitParts(line: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length) {
      const n = line[i + 1] as string;
      part += n === 'n' ? '\n' : n === 'r' ? '\r' : n === '\\' || n === '|' ? n : `\\${n}`;
      i += 1;
    } else if (c === '|') {
      parts.push(part.endsWith(' ') ? part.slice(0, -1) : part);
      part = '';
      if (line[i + 1] === ' ') i += 1;
    } else part += c;
  }
  parts.push(part);
  return parts;
}

/** Item lines of a cell: split on line breaks, blank lines dropped. */
function itemLines(cell: string): string[] {
  return cell
    .replaceAll('\r', '')
    .split('\n')
    .filter((l) => l.trim() !== '');
}

const canonical = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, '-');

/** Reads an enum value leniently (case, spaces for dashes); undefined if not a member. */
export function readEnum<T extends string>(values: readonly T[], raw: string): T | undefined {
  const v = canonical(raw);
  return values.find((x) => x === v);
}

/** `horizon | status | text`, plus ` | lastReviewed | reviewedBy | evidence` when any is set. */
export function encodeBenchmarks(benchmarks: readonly Benchmark[]): string {
  return benchmarks
    .map((b) => {
      const parts = [b.horizon, b.status, b.text];
      if (b.lastReviewed !== null || (b.reviewedBy ?? '') !== '' || b.evidence !== '') {
        parts.push(b.lastReviewed ?? '', b.reviewedBy ?? '', b.evidence);
      }
      return joinParts(parts);
    })
    .join('\n');
}

/** `text`, or `text | likelihood | impact | mitigation` when any of those is set. */
export function encodeRisks(risks: readonly Risk[]): string {
  return risks
    .map((r) => {
      const plain = r.likelihood === null && r.impact === null && r.mitigation === '';
      return plain && r.text.trim() !== ''
        ? joinParts([r.text])
        : joinParts([r.text, r.likelihood ?? '', r.impact ?? '', r.mitigation]);
    })
    .join('\n');
}

/** Result of decoding a cell: values, or messages (codes + params) about what is wrong. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; messages: MessagePart[] };

/** Decodes a benchmarks cell; ids are `<nodeId>-bm-<horizon>-<n>` (n counts per horizon). */
export function decodeBenchmarks(cell: string, nodeId: string): Decoded<Benchmark[]> {
  const messages: MessagePart[] = [];
  const counts = { short: 0, mid: 0, long: 0 };
  const value: Benchmark[] = [];
  itemLines(cell).forEach((line, i) => {
    const p = splitParts(line);
    const n = i + 1;
    const fail = (code: string, params: Record<string, string> = {}) =>
      messages.push({ code: `import.csv.benchmark-${code}`, params: { n, ...params } });
    const horizon = readEnum(HORIZONS, p[0] ?? '');
    const status = readEnum(BENCHMARK_STATUSES, p[1] ?? '');
    if (p.length < 3 || p.length > 6) {
      fail('shape');
      return;
    }
    if (horizon === undefined) fail('horizon', { values: HORIZONS.join(', ') });
    if (status === undefined) fail('status', { values: BENCHMARK_STATUSES.join(', ') });
    const reviewed = (p[3] ?? '').trim();
    if (reviewed !== '' && !IsoDateSchema.safeParse(reviewed).success) {
      fail('date');
    }
    if (horizon === undefined || status === undefined) return;
    counts[horizon] += 1;
    value.push({
      id: `${nodeId}-bm-${horizon}-${counts[horizon]}`,
      horizon,
      status,
      text: p[2] ?? '',
      lastReviewed: reviewed === '' ? null : reviewed,
      reviewedBy: (p[4] ?? '') === '' ? null : (p[4] ?? ''),
      evidence: p[5] ?? '',
    });
  });
  return messages.length > 0 ? { ok: false, messages } : { ok: true, value };
}

/** Decodes a risks cell; ids are `<nodeId>-risk-<n>`. */
export function decodeRisks(cell: string, nodeId: string): Decoded<Risk[]> {
  const messages: MessagePart[] = [];
  const value: Risk[] = [];
  itemLines(cell).forEach((line, i) => {
    const p = splitParts(line);
    const level = (raw: string | undefined, what: 'likelihood' | 'impact') => {
      if ((raw ?? '').trim() === '') return null;
      const v = readEnum(RISK_LEVELS, raw ?? '');
      if (v === undefined)
        messages.push({
          code: `import.csv.risk-${what}`,
          params: { n: i + 1, values: RISK_LEVELS.join(', ') },
        });
      return v ?? null;
    };
    if (p.length !== 1 && p.length !== 4) {
      messages.push({ code: 'import.csv.risk-shape', params: { n: i + 1 } });
      return;
    }
    value.push({
      id: `${nodeId}-risk-${i + 1}`,
      text: p[0] ?? '',
      likelihood: level(p[1], 'likelihood'),
      impact: level(p[2], 'impact'),
      mitigation: p[3] ?? '',
    });
  });
  return messages.length > 0 ? { ok: false, messages } : { ok: true, value };
}
