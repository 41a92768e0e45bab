/**
 * Web render benchmark (Playwright-driven, real server, Debian's Chromium). Prints medians of:
 *  1. time to first complete render of boards with 500, 1,000 and 2,500 nodes (navigation start →
 *     the last node card rendered, with the relay synced);
 *  2. on a 1,000-node board, React commits and frame times while a second client drags a node at
 *     20 Hz through presence (then writes the position once).
 *
 * Run: `npm run bench -w apps/web` (builds the web app first when apps/web/dist is missing).
 * Env: BENCH_RUNS (default 3), BENCH_SIZES (default 500,1000,2500), BENCH_DRAG_SECONDS (default 5),
 * BENCH_CURSOR_ONLY=1 (the other client only moves its cursor).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { BoardStore } from '@isf/crdt';
import { createBoard, createEdge, createNode, exportJson } from '@isf/framework';
import type { Edge, PlanNode } from '@isf/framework';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '500,1000,2500').split(',').map(Number);
const DRAG_SECONDS = Number(process.env.BENCH_DRAG_SECONDS ?? 5);
/** Only move the other client's cursor (no drag): isolates the cost of presence from the drag. */
const CURSOR_ONLY = process.env.BENCH_CURSOR_ONLY === '1';
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
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
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

/** A plan of `size` nodes: objectives → outputs → activities in a grid, with contributes edges. */
function planOf(size: number): { nodes: PlanNode[]; edges: Edge[] } {
  const nodes: PlanNode[] = [];
  const edges: Edge[] = [];
  const objectives = Math.max(1, Math.round(size / 100));
  const outputs = Math.max(1, Math.round(size / 10));
  for (let i = 0; i < size; i++) {
    const kind = i < objectives ? 'objective' : i < objectives + outputs ? 'output' : 'activity';
    const row = kind === 'objective' ? 0 : kind === 'output' ? 1 : 2 + Math.floor(i / 60);
    nodes.push(
      createNode({
        id: `n${i}`,
        kind,
        title: `${kind} ${i}`,
        position: { x: (i % 60) * 280, y: row * 180 },
      }),
    );
    const parent =
      kind === 'output' ? i % objectives : kind === 'activity' ? objectives + (i % outputs) : null;
    if (parent !== null) {
      edges.push(
        createEdge({ id: `e${i}`, kind: 'contributes', source: `n${i}`, target: `n${parent}` }),
      );
    }
  }
  return { nodes, edges };
}

interface Server {
  origin: string;
  stop(): Promise<void>;
}

async function startServer(): Promise<Server> {
  if (!existsSync(path.join(repoRoot, 'apps/web/dist/index.html'))) {
    execFileSync('npm', ['run', 'build', '-w', '@isf/web'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'isf-web-bench-'));
  // Serve a snapshot of the build, so a rebuild while the bench runs cannot break it.
  const webDist = path.join(dataDir, 'web');
  cpSync(path.join(repoRoot, 'apps/web/dist'), webDist, { recursive: true });
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['apps/server/src/server.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_DIST: path.join(repoRoot, 'apps/web/dist'),
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

async function importPlan(
  origin: string,
  size: number,
): Promise<{ boardId: string; token: string }> {
  const board = createBoard({ title: `Bench ${size}`, ...planOf(size) });
  const res = await fetch(`${origin}/api/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: exportJson(board),
  });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { board: { id: string }; link: { token: string } };
  return { boardId: json.board.id, token: json.link.token };
}

/** Installed before the app loads: node-count observer, React commit counter, frame recorder. */
const INSTRUMENT = `
  (() => {
    const bench = { lastNodeChange: 0, nodeCount: 0, commits: 0, frames: [], recording: false };
    window.__bench = bench;
    localStorage.setItem('isf:identity', JSON.stringify({ id: 'bench-viewer', name: 'Bench' }));
    new MutationObserver(() => {
      const c = document.querySelectorAll('.react-flow__node').length;
      if (c !== bench.nodeCount) { bench.nodeCount = c; bench.lastNodeChange = performance.now(); }
    }).observe(document, { childList: true, subtree: true });
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false, supportsFiber: true, renderers: new Map(),
      inject() { return 1; }, checkDCE() {},
      onCommitFiberRoot() { bench.commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {}, setStrictMode() {},
    };
    let last = 0;
    const loop = (t) => { if (bench.recording && last) bench.frames.push(t - last); last = t; requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })();
`;

async function openBoard(browser: Browser, origin: string, boardId: string, token: string) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(INSTRUMENT + `localStorage.setItem('isf:entity:${boardId}', '');`);
  const page = await context.newPage();
  await page.goto(`${origin}/b/${boardId}#token=${token}`);
  await page
    .getByRole('status', { name: 'Sync status' })
    .filter({ hasText: 'Online' })
    .waitFor({ timeout: 120_000 });
  // Complete = node cards stopped changing for a second.
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { lastNodeChange: number; nodeCount: number } })
        .__bench;
      return b.nodeCount > 0 && performance.now() - b.lastNodeChange > 1000;
    },
    undefined,
    { timeout: 120_000, polling: 100 },
  );
  const { lastNodeChange, nodeCount } = await page.evaluate(
    () => (window as unknown as { __bench: { lastNodeChange: number; nodeCount: number } }).__bench,
  );
  return { page, close: () => context.close(), renderMs: lastNodeChange, nodeCount };
}

async function dragScenario(
  page: Page,
  origin: string,
  boardId: string,
  token: string,
): Promise<{
  idleFrameMedian: number;
  commitsPerSecond: number;
  frameMedian: number;
  frameP95: number;
  longFrames: number;
}> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace('http', 'ws')}/sync`, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const user = {
    id: 'bench-dragger',
    name: 'Dragger',
    color: '#114488',
    role: 'editor',
    entity: null,
  };
  provider.awareness.setLocalState({
    user,
    cursor: null,
    selected: ['n500'],
    dragging: null,
    viewport: null,
    following: null,
  });
  const reset = () =>
    page.evaluate(() => {
      const b = (
        window as unknown as { __bench: { commits: number; frames: number[]; recording: boolean } }
      ).__bench;
      b.commits = 0;
      b.frames = [];
      b.recording = true;
    });
  // Baseline: the same seconds with the other client present but idle.
  await reset();
  await new Promise((r) => setTimeout(r, DRAG_SECONDS * 1000));
  const idle = await page.evaluate(
    () => (window as unknown as { __bench: { frames: number[] } }).__bench.frames,
  );
  await reset();
  const start = Date.now();
  let tick = 0;
  let position = { x: 0, y: 0 };
  while (Date.now() - start < DRAG_SECONDS * 1000) {
    tick++;
    position = { x: 5000 + Math.cos(tick / 10) * 400, y: 600 + Math.sin(tick / 10) * 300 };
    // One awareness message per tick, as the web client sends while dragging.
    provider.awareness.setLocalState({
      ...provider.awareness.getLocalState(),
      dragging: CURSOR_ONLY ? null : { n500: position },
      cursor: position,
    });
    await new Promise((r) => setTimeout(r, 50)); // 20 Hz
  }
  provider.awareness.setLocalStateField('dragging', null);
  new BoardStore(doc).run({ type: 'node.move', moves: [{ id: 'n500', position }] });
  await new Promise((r) => setTimeout(r, 500));
  const elapsed = (Date.now() - start) / 1000;
  const result = await page.evaluate(() => {
    const b = (
      window as unknown as { __bench: { commits: number; frames: number[]; recording: boolean } }
    ).__bench;
    b.recording = false;
    return { commits: b.commits, frames: b.frames };
  });
  provider.destroy();
  doc.destroy();
  return {
    idleFrameMedian: median(idle),
    commitsPerSecond: result.commits / elapsed,
    frameMedian: median(result.frames),
    frameP95: percentile(result.frames, 95),
    longFrames: result.frames.filter((f) => f > 50).length,
  };
}

async function main(): Promise<void> {
  const server = await startServer();
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(`web render bench — ${RUNS} runs each, medians\n`);
    console.log('nodes  first complete render (ms)  node cards rendered');
    for (const size of SIZES) {
      const board = await importPlan(server.origin, size);
      const times: number[] = [];
      let cards = 0;
      for (let run = 0; run < RUNS; run++) {
        const opened = await openBoard(browser, server.origin, board.boardId, board.token);
        times.push(opened.renderMs);
        cards = opened.nodeCount;
        await opened.close();
      }
      console.log(
        `${String(size).padStart(5)}  ${median(times).toFixed(0).padStart(26)}  ${cards}`,
      );
    }

    const board = await importPlan(server.origin, 1000);
    const runs: Awaited<ReturnType<typeof dragScenario>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const opened = await openBoard(browser, server.origin, board.boardId, board.token);
      runs.push(await dragScenario(opened.page, server.origin, board.boardId, board.token));
      await opened.close();
    }
    console.log(
      `\n1,000-node board, another client dragging a node at 20 Hz for ${DRAG_SECONDS}s:`,
    );
    console.log(
      `  idle frame median (ms) ${median(runs.map((r) => r.idleFrameMedian)).toFixed(1)}`,
    );
    console.log(
      `  React commits/s        ${median(runs.map((r) => r.commitsPerSecond)).toFixed(1)}`,
    );
    console.log(`  frame time median (ms) ${median(runs.map((r) => r.frameMedian)).toFixed(1)}`);
    console.log(`  frame time p95 (ms)    ${median(runs.map((r) => r.frameP95)).toFixed(1)}`);
    console.log(`  frames > 50 ms         ${median(runs.map((r) => r.longFrames)).toFixed(0)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
