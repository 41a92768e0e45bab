import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `tests/bench` */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const REPO_DIR = path.resolve(BENCH_DIR, '../..');

const require = createRequire(import.meta.url);

/** Absolute path of a file inside an installed package (via its exported package.json). */
export function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Absolute path of a harness source file, e.g. `servers/entries/hocuspocus4.ts`. */
export function benchSource(relative: string): string {
  return path.join(BENCH_DIR, 'src', relative);
}
