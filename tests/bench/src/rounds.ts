import { medianDiagnostics } from './scenarios/serverDiagnostics';
import type { Cell, Row } from './scenarios/types';
import { median } from './stats';

/**
 * Scenarios whose figures are timings or memory peaks: with `--rounds N` they run N times,
 * interleaved across servers (round 1: every server, round 2: every server, …), so that a slow
 * stretch of a shared machine falls on every server alike instead of on whichever ran then.
 * S5 and S6 count and survive; they run once.
 */
export const ROUNDED_SCENARIOS: ReadonlySet<string> = new Set(['S1', 'S2', 'S3', 'S4']);

/**
 * One server's cells of a row from several rounds, as one cell: the repeats of every round
 * together, the figure their median (the largest for memory peaks, as in one round), the notes
 * per round, and the server-side diagnostics' medians.
 */
export function mergeRounds(row: Row, cells: readonly Cell[]): Cell {
  const [first] = cells;
  if (!first) return { value: Number.NaN };
  if (cells.length === 1) return first;
  const repeats = cells.flatMap((c) => c.repeats ?? [c.value]).filter((v) => Number.isFinite(v));
  const value =
    repeats.length === 0 ? Number.NaN : row.kind === 'mib' ? Math.max(...repeats) : median(repeats);
  const notes = cells
    .map((c, i) => (c.note ? `round ${i + 1}: ${c.note}` : ''))
    .filter((n) => n !== '');
  const diagnostics = cells.map((c) => c.server).filter((d) => d !== undefined);
  return {
    value,
    repeats,
    ...(first.text !== undefined ? { text: first.text } : {}),
    ...(notes.length > 0 ? { note: notes.join(' | ') } : {}),
    ...(diagnostics.length > 0 ? { server: medianDiagnostics(diagnostics) } : {}),
  };
}
