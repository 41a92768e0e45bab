import fs from 'node:fs';
import path from 'node:path';
import { percentile } from './stats';

/** Latency of `write(256 B) + fdatasync` in a directory, the floor under every durable commit. */
export interface FsyncFloor {
  p50: number;
  p99: number;
}

/**
 * Measures the fsync floor of a directory's file system: `count` appends of 256 bytes to a scratch
 * file, each followed by `fdatasync` (what SQLite's WAL commit does at least once with
 * `synchronous=FULL`). Synchronous on purpose (nothing else of the harness runs meanwhile).
 */
export function probeFsync(dir: string, count = 300): FsyncFloor {
  const file = path.join(dir, `fsync-probe-${process.pid}.bin`);
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(256, 7);
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      fs.writeSync(fd, chunk);
      fs.fdatasyncSync(fd);
      samples.push(performance.now() - started);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
