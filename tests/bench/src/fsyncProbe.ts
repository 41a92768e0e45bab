import fs from 'node:fs';
import path from 'node:path';
import { percentile } from './stats';

/** Latency of `write(256 B) + fsync` in a directory, the floor under every durable commit. */
export interface FsyncFloor {
  p50: number;
  p99: number;
  /**
   * p50 of the same after the machine sat idle for a moment (see {@link probeFsyncAfterIdle}):
   * what a commit costs at a paced workload's rate, where each one follows a quiet spell.
   */
  afterIdleP50?: number;
  /**
   * p50 of the same with 10 ms pauses in between: the spacing of S1's commits at 50 clients
   * (100 updates/s), the floor a durable relay pays per update there.
   */
  afterPauseP50?: number;
}

/**
 * Measures the fsync floor of a directory's file system: `count` appends of 256 bytes to a scratch
 * file, each followed by `fsync` (what SQLite's WAL commit calls at least once with
 * `synchronous=FULL`: better-sqlite3's build syncs with `fsync`, not `fdatasync`). Synchronous on
 * purpose (nothing else of the harness runs meanwhile).
 */
export function probeFsync(dir: string, count = 300): FsyncFloor {
  const samples = withScratchFile(dir, 'fsync-probe', (syncOnce) => {
    const out: number[] = [];
    for (let i = 0; i < count; i += 1) out.push(syncOnce());
    return out;
  });
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/**
 * The same `write + fsync`, `count` times with `gapMs` of idleness before each: on a virtual
 * machine an I/O that follows a quiet spell also pays for waking an idle CPU, so a paced
 * workload's commits cost more than back-to-back ones. Returns the p50 in milliseconds.
 */
export async function probeFsyncAfterIdle(dir: string, count = 15, gapMs = 150): Promise<number> {
  const samples = await withScratchFile(dir, 'fsync-idle-probe', async (syncOnce) => {
    const out: number[] = [];
    for (let i = 0; i < count; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      out.push(syncOnce());
    }
    return out;
  });
  return percentile(samples, 50);
}

/**
 * Runs `body` with a scratch file in `dir` and a function that appends 256 bytes to it, calls
 * `fsync` and returns the milliseconds both took; the file is removed afterwards.
 */
function withScratchFile<T>(dir: string, name: string, body: (syncOnce: () => number) => T): T {
  const file = path.join(dir, `${name}-${process.pid}.bin`);
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(256, 7);
  const cleanup = () => {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  };
  let result: T;
  try {
    result = body(() => {
      const started = performance.now();
      fs.writeSync(fd, chunk);
      fs.fsyncSync(fd);
      return performance.now() - started;
    });
  } catch (err) {
    cleanup();
    throw err;
  }
  if (result instanceof Promise) {
    return result.finally(cleanup) as T;
  }
  cleanup();
  return result;
}
