import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A free TCP port, found synchronously (the config must be synchronous). */
function freePort(): string {
  return execFileSync(process.execPath, [
    '-e',
    'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})',
  ]).toString();
}

// Chosen once in the runner; workers inherit the environment and see the same values.
process.env.E2E_PORT ??= freePort();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'isf-e2e-'));
const port = process.env.E2E_PORT;
const dataDir = process.env.E2E_DATA_DIR;
const webSnapshot = path.join(dataDir, 'web');
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium when installed (see scripts/ensure-chromium.sh); Playwright's own elsewhere. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Removes the temporary data dir (the server is killed right after, so nothing writes to it).
  globalTeardown: './e2e/support/globalTeardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Separate runs at once (e.g. two engineers) need separate output dirs: E2E_OUTPUT_DIR.
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The real server, serving the built web app. The e2e script builds the app once before
  // Playwright starts; run on its own, the command builds it only when apps/web/dist is missing.
  webServer: {
    // The server serves a snapshot of the build, so a rebuild during the run cannot break it.
    command:
      'test -f apps/web/dist/index.html || npm run build -w @isf/web >&2; ' +
      `rm -rf "${webSnapshot}" && cp -r apps/web/dist "${webSnapshot}" && ` +
      `rm -f "${webSnapshot}"/assets/*.map; ` +
      `exec ${path.join(repoRoot, 'node_modules/.bin/tsx')} apps/server/src/server.ts`,
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: webSnapshot,
      LOG_LEVEL: 'warn',
      AUTO_VERSION_MINUTES: '0',
    },
  },
});
