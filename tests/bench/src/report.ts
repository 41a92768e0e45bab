import os from 'node:os';
import type { BenchOptions } from './cli';
import type { Cell, Row } from './scenarios/types';
import type { ServerSpec } from './servers/types';
import { formatMs, formatRatio } from './stats';

/** Everything measured: row id → server id → cell. */
export type Results = Map<string, Map<string, Cell>>;

function formatValue(row: Row, cell: Cell | undefined): string {
  if (!cell) return '–';
  if (cell.text !== undefined) return cell.text;
  switch (row.kind) {
    case 'ms':
      return formatMs(cell.value);
    case 'mib':
      return Number.isFinite(cell.value) ? `${cell.value.toFixed(0)} MiB` : 'n/a';
    case 'lost':
    case 'text':
      return Number.isFinite(cell.value) ? String(cell.value) : 'n/a';
  }
}

function hasRatio(row: Row): boolean {
  return row.kind === 'ms' || row.kind === 'mib';
}

/** The machine line printed above the table; `placement`: how processes share the cores. */
export function machineLine(options: BenchOptions, placement: string): string {
  const cpus = os.cpus();
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}, ${os.platform()} ${os.release()}; load average at start ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; mode: ${options.quick ? 'QUICK (shortened, not for quoting)' : 'full'}; ` +
    (options.rounds > 1 ? `S1–S4 in ${options.rounds} rounds interleaved across servers; ` : '') +
    placement
  );
}

/** Renders the markdown table: one row per figure, one column per server, ratios ours ÷ peer. */
export function renderTable(rows: Row[], servers: readonly ServerSpec[], results: Results): string {
  const ours = servers.find((s) => s.ours);
  const header = [
    'Figure',
    ...servers.map((s) => (s.ours ? `**${s.label}**` : `${s.label} (ours ÷ peer)`)),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of rows) {
    const byServer = results.get(row.id) ?? new Map<string, Cell>();
    const oursCell = ours ? byServer.get(ours.id) : undefined;
    const cells = servers.map((server) => {
      const cell = byServer.get(server.id);
      const text = formatValue(row, cell);
      if (server.ours || !hasRatio(row) || !oursCell || !cell || cell.text !== undefined)
        return text;
      const ratio = formatRatio(oursCell.value, cell.value);
      return ratio ? `${text} (${ratio})` : text;
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Per-repeat values and notes, below the table. */
export function renderDetails(
  rows: Row[],
  servers: readonly ServerSpec[],
  results: Results,
): string {
  const out: string[] = [];
  for (const row of rows) {
    for (const server of servers) {
      const cell = results.get(row.id)?.get(server.id);
      if (!cell) continue;
      const parts: string[] = [];
      if (cell.repeats && cell.repeats.length > 1 && row.kind === 'ms') {
        parts.push(`runs: ${cell.repeats.map((v) => formatMs(v)).join(', ')}`);
      }
      if (cell.note) parts.push(cell.note);
      if (parts.length > 0) out.push(`- ${row.label} — ${server.label}: ${parts.join('; ')}`);
    }
  }
  return out.join('\n');
}
