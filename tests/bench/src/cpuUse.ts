import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU time from Linux's `/proc`: of one process (all its threads) and of each core. Everything
 * returns null where `/proc` is missing or unreadable (other systems): these are diagnostics.
 */

let ticksPerSecond: number | null = null;

/** Clock ticks per second of `/proc` CPU times (`getconf CLK_TCK`, 100 on Linux in practice). */
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

/** User + system CPU milliseconds a process has used so far, its threads included. */
export function processCpuMs(pid: number): number | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  return parseProcessCpuMs(text, clockTicks());
}

/** Parses `/proc/<pid>/stat`: utime and stime are fields 14 and 15 (after the `(comm)` field). */
export function parseProcessCpuMs(stat: string, ticks: number): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime = field 14 → index 11, stime = field 15 → index 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / ticks;
}

/** Busy and total ticks of each core, from `/proc/stat`. */
export interface CoreTicks {
  busy: number;
  total: number;
}

/** Per-core tick counters now; null where unavailable. */
export function coreTicks(): CoreTicks[] | null {
  let text: string;
  try {
    text = fs.readFileSync('/proc/stat', 'utf8');
  } catch {
    return null;
  }
  return parseCoreTicks(text);
}

/** Parses the `cpuN` lines of `/proc/stat` (idle and iowait count as not busy). */
export function parseCoreTicks(stat: string): CoreTicks[] | null {
  const cores: CoreTicks[] = [];
  for (const line of stat.split('\n')) {
    if (!/^cpu\d+ /.test(line)) continue;
    const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((sum, v) => sum + v, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0);
    cores.push({ busy: total - idle, total });
  }
  return cores.length > 0 ? cores : null;
}

/** Share (0–1) of each core that was busy between two readings. */
export function coreBusyShares(before: CoreTicks[], after: CoreTicks[]): number[] {
  return after.map((a, i) => {
    const b = before[i];
    const total = b ? a.total - b.total : 0;
    return b && total > 0 ? (a.busy - b.busy) / total : 0;
  });
}
