// Hocuspocus 3.4's SQLite extension needs the native `sqlite3` module. npm 11 does not run its
// install script during `npm ci` (it is not in the root `allowScripts`, to keep CI installs lean),
// so the relay bench builds it here, once, the first time it runs.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require('sqlite3');
} catch {
  console.error('relay bench: building the native sqlite3 module once (about a minute)…');
  execSync('npm rebuild sqlite3 --foreground-scripts', { stdio: 'inherit' });
  require('sqlite3');
}
