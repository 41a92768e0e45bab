import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Removes the run's temporary DATA_DIR (and the web build snapshot in it). */
export default function globalTeardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  // Only ever a directory this config created under the temp dir.
  if (dir && path.basename(dir).startsWith('isf-e2e-') && dir.startsWith(tmpdir())) {
    rmSync(dir, { recursive: true, force: true });
  }
}
