/**
 * Matrix-tab benchmark (Playwright, real server, Debian's Chromium). On a board made from the whole
 * study template (4 objectives, 20 outputs, 164 activities; the template's lead/support entities),
 * prints the median time from a click on the "Responsibilities" tab to the first frame after the
 * matrix rendered, and how many cells that frame holds. Between runs the Versions tab is shown.
 *
 * Run: `npm run bench:matrix -w @isf/web` (builds the web app first when apps/web/dist is missing).
 * Env: BENCH_RUNS (default 7), WEB_DIST (another build to measure, e.g. one made before a change).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function startServer(): Promise<{ origin: string; stop(): Promise<void> }> {
  let dist = process.env.WEB_DIST;
  if (!dist) {
    dist = path.join(repoRoot, 'apps/web/dist');
    if (!existsSync(path.join(dist, 'index.html'))) {
      execFileSync('npm', ['run', 'build', '-w', '@isf/web'], { cwd: repoRoot, stdio: 'inherit' });
    }
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'isf-matrix-bench-'));
  // Serve a snapshot of the build, so a rebuild while the bench runs cannot break it.
  const webDist = path.join(dataDir, 'web');
  cpSync(dist, webDist, { recursive: true });
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['apps/server/src/server.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      AUTO_VERSION_MINUTES: '0',
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Clicks a tab and resolves after the next frame: [ms from the click, matrix cells in the DOM]. */
function clickTab(name: string): Promise<[number, number]> {
  const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
    (el) => el.textContent === name,
  );
  if (!tab) throw new Error(`no tab ${name}`);
  const start = performance.now();
  tab.click();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() =>
        resolve([performance.now() - start, document.querySelectorAll('.matrix__cell').length]),
      ),
    ),
  );
}

async function main(): Promise<void> {
  const server = await startServer();
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const res = await fetch(`${server.origin}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Matrix bench', template: {} }),
    });
    const json = (await res.json()) as { board: { id: string }; link: { token: string } };
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(
      `localStorage.setItem('isf:identity', JSON.stringify({ id: 'bench', name: 'Bench' }));` +
        `localStorage.setItem('isf:entity:${json.board.id}', '');`,
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/b/${json.board.id}#token=${json.link.token}`);
    await page
      .getByRole('status', { name: 'Sync status' })
      .filter({ hasText: 'Online' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.waitForTimeout(500);
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const [ms, n] = await page.evaluate(clickTab, 'Responsibilities');
      if (i > 0) times.push(ms); // the first run also loads fonts and warms the JIT
      cells = n;
      await page.evaluate(clickTab, 'Versions');
      await page.waitForTimeout(300);
    }
    console.log(
      `matrix tab open (full study template, ${RUNS} runs): median ${median(times).toFixed(0)} ms ` +
        `[${times.map((t) => t.toFixed(0)).join(', ')}], ${cells} cells rendered`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
