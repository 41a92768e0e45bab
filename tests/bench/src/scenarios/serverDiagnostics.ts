import { coreBusyShares, coreTicks, processCpuMs } from '../cpuUse';
import { probeFsync, probeFsyncAfterIdle, type FsyncFloor } from '../fsyncProbe';
import {
  histogramDelta,
  histogramQuantile,
  parseHistogram,
  parseLabelledCounter,
  type Histogram,
} from '../serverMetrics';
import type { RunningServer } from '../servers/types';
import { formatMs, median } from '../stats';

/** Percentiles of a server-side histogram over one run, in milliseconds. */
export interface ServerTiming {
  p50: number;
  p99: number;
  count: number;
}

/**
 * What a server told about one run (ours only): the fsync floor of its data directory just
 * before the run, how long its SQLite commits took and how long an update spent inside the relay
 * (receipt → relayed) during the run.
 */
export interface RunDiagnostics {
  fsync: FsyncFloor | null;
  commit: ServerTiming | null;
  /** Share of those commits made on the event loop (0–1), null when not reported. */
  loopShare: number | null;
  relayDelay: ServerTiming | null;
  /** CPU the server process used during the run (all threads), in milliseconds; every server. */
  serverCpuMs: number | null;
  /** Share (0–1) of each core that was busy during the run (all processes on the machine). */
  coreBusy: number[] | null;
}

const COMMIT = 'isf_sqlite_commit_seconds';
const RELAY_DELAY = 'isf_relay_delay_seconds';
const COMMITS = 'isf_sqlite_commits_total';

/** The share of commits made on the event loop between two scrapes; null if none counted. */
function loopShare(after: string | null, before: string | null): number | null {
  if (!after) return null;
  const count = (text: string | null, where: string) =>
    text ? parseLabelledCounter(text, COMMITS, 'where', where) : 0;
  const loop = count(after, 'loop') - count(before, 'loop');
  const thread = count(after, 'thread') - count(before, 'thread');
  return loop + thread > 0 ? loop / (loop + thread) : null;
}

async function scrape(server: RunningServer): Promise<string | null> {
  if (!server.metricsText) return null;
  try {
    return await server.metricsText();
  } catch {
    return null;
  }
}

function timing(after: Histogram | null, before: Histogram | null): ServerTiming | null {
  if (!after) return null;
  const run = histogramDelta(after, before);
  if (run.count <= 0) return null;
  return {
    p50: histogramQuantile(run, 50) * 1000,
    p99: histogramQuantile(run, 99) * 1000,
    count: run.count,
  };
}

/**
 * Runs `body` and returns its result with the server's diagnostics for that stretch (all null for
 * servers without a data directory or metrics page).
 */
export async function withDiagnostics<T>(
  server: RunningServer,
  body: () => Promise<T>,
): Promise<{ result: T; diagnostics: RunDiagnostics }> {
  const fsync = server.dataDir
    ? {
        ...probeFsync(server.dataDir),
        afterPauseP50: await probeFsyncAfterIdle(server.dataDir, 50, 10),
        afterIdleP50: await probeFsyncAfterIdle(server.dataDir),
      }
    : null;
  const before = await scrape(server);
  const cpuBefore = processCpuMs(server.pid);
  const coresBefore = coreTicks();
  const result = await body();
  const cpuAfter = processCpuMs(server.pid);
  const coresAfter = coreTicks();
  const after = await scrape(server);
  const read = (text: string | null, name: string) => (text ? parseHistogram(text, name) : null);
  return {
    result,
    diagnostics: {
      fsync,
      commit: timing(read(after, COMMIT), read(before, COMMIT)),
      loopShare: loopShare(after, before),
      relayDelay: timing(read(after, RELAY_DELAY), read(before, RELAY_DELAY)),
      serverCpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
      coreBusy: coresBefore && coresAfter ? coreBusyShares(coresBefore, coresAfter) : null,
    },
  };
}

/** Medians over runs of each diagnostic figure (null when no run had it). */
export function medianDiagnostics(runs: readonly RunDiagnostics[]): RunDiagnostics {
  const pick = <K extends keyof RunDiagnostics>(key: K) =>
    runs.map((r) => r[key]).filter((v): v is NonNullable<RunDiagnostics[K]> => v !== null);
  const timings = (list: ServerTiming[]): ServerTiming | null =>
    list.length === 0
      ? null
      : {
          p50: median(list.map((t) => t.p50)),
          p99: median(list.map((t) => t.p99)),
          count: median(list.map((t) => t.count)),
        };
  const fsyncs = pick('fsync');
  return {
    fsync:
      fsyncs.length === 0
        ? null
        : {
            p50: median(fsyncs.map((f) => f.p50)),
            p99: median(fsyncs.map((f) => f.p99)),
            afterPauseP50: median(fsyncs.map((f) => f.afterPauseP50 ?? Number.NaN)),
            afterIdleP50: median(fsyncs.map((f) => f.afterIdleP50 ?? Number.NaN)),
          },
    commit: timings(pick('commit')),
    loopShare: pick('loopShare').length === 0 ? null : median(pick('loopShare')),
    relayDelay: timings(pick('relayDelay')),
    serverCpuMs: pick('serverCpuMs').length === 0 ? null : median(pick('serverCpuMs')),
    coreBusy: medianPerCore(pick('coreBusy')),
  };
}

/** Per core, the median share over runs (null when no run had them). */
function medianPerCore(runs: readonly number[][]): number[] | null {
  const cores = Math.max(0, ...runs.map((r) => r.length));
  if (cores === 0) return null;
  return Array.from({ length: cores }, (_, i) =>
    median(runs.map((r) => r[i]).filter((v): v is number => v !== undefined)),
  );
}

/** One line for the details section; empty when there is nothing to tell. */
export function diagnosticsNote(d: RunDiagnostics): string {
  const parts: string[] = [];
  if (d.relayDelay) {
    parts.push(
      `inside the relay (receipt → relayed) p50 ${formatMs(d.relayDelay.p50)} / p99 ${formatMs(d.relayDelay.p99)}`,
    );
  }
  if (d.commit) {
    parts.push(
      `SQLite group commit (fsync incl.) p50 ${formatMs(d.commit.p50)} / p99 ${formatMs(d.commit.p99)} over ${Math.round(d.commit.count)} commits` +
        (d.loopShare === null ? '' : ` (${Math.round(d.loopShare * 100)}% on the event loop)`),
    );
  }
  if (d.fsync) parts.push(`fsync floor of DATA_DIR before the run ${fsyncFloorText(d.fsync)}`);
  const notes: string[] = [];
  if (parts.length > 0)
    notes.push(`server side (from /metrics, bucket-interpolated): ${parts.join('; ')}`);
  const machine = machineNote(d);
  if (machine) notes.push(machine);
  return notes.join('; ');
}

/**
 * The fsync floor as one phrase: back to back, after 10 ms pauses and after 150 ms idle (the
 * last two when measured).
 */
export function fsyncFloorText(f: FsyncFloor): string {
  const paced = (p50: number | undefined, what: string) =>
    p50 !== undefined && Number.isFinite(p50) ? `, p50 ${formatMs(p50)} ${what}` : '';
  return (
    `p50 ${formatMs(f.p50)} / p99 ${formatMs(f.p99)} back to back` +
    paced(f.afterPauseP50, "after 10 ms pauses (S1's pace at 50 clients)") +
    paced(f.afterIdleP50, 'after 150 ms idle')
  );
}

/** The server's CPU time and how busy each core was, when measured. */
function machineNote(d: RunDiagnostics): string {
  const parts: string[] = [];
  if (d.serverCpuMs !== null) {
    parts.push(`server process CPU ${(d.serverCpuMs / 1000).toFixed(2)} s`);
  }
  if (d.coreBusy) {
    parts.push(`cores busy ${d.coreBusy.map((b) => `${Math.round(b * 100)}%`).join(' / ')}`);
  }
  return parts.length > 0 ? `during the run: ${parts.join(', ')}` : '';
}
