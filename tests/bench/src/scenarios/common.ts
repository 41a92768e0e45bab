import { readFileSync } from 'node:fs';
import { sleep, wallNow } from '../clock';
import type { RoomTarget } from '../servers/types';
import type { ClientSpec, WorkerResponse } from '../workers/protocol';
import type { WorkerPool } from '../workers/pool';
import { median, percentile } from '../stats';
import type { Cell } from './types';

/** `count` client specs for one room, keys `<prefix><i>`. */
export function clientsFor(target: RoomTarget, count: number, prefix: string): ClientSpec[] {
  return Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, target }));
}

/** Opens the clients and fails loudly when some could not sync. */
export async function connectAll(pool: WorkerPool, specs: ClientSpec[]): Promise<void> {
  const { failed } = await pool.connect(specs);
  if (failed.length > 0) {
    throw new Error(`${failed.length}/${specs.length} clients did not sync (e.g. ${failed[0]})`);
  }
}

/** Result of one paced-load run. */
export interface PacedResult {
  samples: number[];
  sent: number;
  received: number;
}

/**
 * Runs paced writes on every worker for `durationMs` (start aligned 500 ms ahead) and merges the
 * latency samples.
 */
export async function pacedLoad(
  pool: WorkerPool,
  keys: string[],
  ratePerSec: number,
  durationMs: number,
  onTick?: () => void,
): Promise<PacedResult> {
  const startAt = wallNow() + 500;
  const drainMs = 1000;
  let ticker: NodeJS.Timeout | undefined;
  if (onTick) ticker = setInterval(onTick, 500);
  try {
    const answers: WorkerResponse[] = await pool.all(
      () => ({ type: 'paced', keys, startAt, durationMs, ratePerSec, drainMs }),
      durationMs + drainMs + 30_000,
    );
    const merged: PacedResult = { samples: [], sent: 0, received: 0 };
    for (const answer of answers) {
      if (answer.type !== 'paced') continue;
      for (const s of answer.samples) merged.samples.push(s);
      merged.sent += answer.sent;
      merged.received += answer.received;
    }
    return merged;
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

/** A latency cell: median over repeats of the given percentile. */
export function percentileCell(runs: PacedResult[], p: number, note?: string): Cell {
  const repeats = runs.map((r) => percentile(r.samples, p));
  return { value: median(repeats), repeats, ...(note ? { note } : {}) };
}

/** "delivered 99.9 %" note when some expected receipts are missing. */
export function deliveryNote(runs: PacedResult[], receivers: number): string | undefined {
  const expected = runs.reduce((sum, r) => sum + r.sent * receivers, 0);
  const received = runs.reduce((sum, r) => sum + r.received, 0);
  if (expected === 0) return 'nothing sent';
  const ratio = received / expected;
  return ratio < 0.995
    ? `only ${(ratio * 100).toFixed(1)} % of expected receipts observed`
    : undefined;
}

/** Current resident set size (MiB) of a process, from /proc (Linux; NaN elsewhere). */
export function rssMiB(pid: number): number {
  try {
    // Reading /proc is Linux-only; elsewhere the figure is n/a.
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Gives sockets a moment to settle between phases. */
export const settle = (ms = 500) => sleep(ms);
