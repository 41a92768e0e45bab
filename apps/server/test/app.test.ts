import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadConfig, ConfigError } from '../src/config';
import { WEB_NOT_BUILT_MESSAGE } from '../src/http/webApp';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import {
  connectClient,
  createBoard,
  startServer,
  tempDir,
  testConfig,
  waitFor,
  type RunningServer,
} from './support/relayHarness';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('config', () => {
  it('has the documented defaults and rejects bad values', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      MAX_MESSAGE_BYTES: 8 * 1024 * 1024,
      AUTO_VERSION_MINUTES: 30,
      SQLITE_SYNCHRONOUS: 'FULL',
      PING_INTERVAL_MS: 30_000,
      RATE_LIMIT_CREATE_PER_MINUTE: 30,
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 20,
    });
    expect(c.WEB_DIST.endsWith(path.join('apps', 'web', 'dist'))).toBe(true);
    expect(loadConfig({ PORT: '9000', PUBLIC_URL: '' }).PORT).toBe(9000);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ RATE_LIMIT_CREATE_PER_MINUTE: '0' })).toThrow(
      /RATE_LIMIT_CREATE_PER_MINUTE/,
    );
  });
});

describe('app shell', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    const server = await startServer(testConfig());
    try {
      const tokens = await createBoard(server.app.isf.storage, 'b1');
      const client = connectClient(server, 'b1', tokens.editor);
      await client.synced;
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      client.doc.getMap('nodes').set('n', 1);
      await waitFor(async () => (await server.app.isf.storage.countUpdates('b1')) >= 2);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/^isf_rooms 1$/m);
      expect(metrics).toMatch(/^isf_connections 1$/m);
      expect(metrics).toMatch(/isf_messages_total\{type="update"\} [1-9]/);
      expect(metrics).toMatch(/isf_persist_seconds_count [1-9]/);
      client.destroy();
    } finally {
      await server.close();
    }
  });

  it('/readyz is 503 when storage is unreachable', async () => {
    const config = testConfig();
    const storage = new SqliteStorage({ dataDir: config.DATA_DIR });
    const server = await startServer(config, { storage });
    try {
      await storage.close();
      expect((await fetch(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('serves the built web app with SPA fallback, and explains a missing build', async () => {
    const dist = tempDir('isf-web-dist-');
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>ISF Board</title>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    let server: RunningServer = await startServer(testConfig({ WEB_DIST: dist }));
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(await (await fetch(`${base}/`)).text()).toContain('<title>ISF Board</title>');
      expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
      const spa = await fetch(`${base}/b/some-board`, { headers: { accept: 'text/html' } });
      expect(spa.status).toBe(200);
      expect(await spa.text()).toContain('<title>ISF Board</title>');
      expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
    server = await startServer(testConfig());
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toBe(WEB_NOT_BUILT_MESSAGE);
    } finally {
      await server.close();
    }
  });

  it('server.ts shuts down on SIGTERM with exit 0 after storing everything', async () => {
    const dataDir = tempDir('isf-shutdown-');
    const setup = new SqliteStorage({ dataDir });
    const tokens = await createBoard(setup, 'b1');
    await setup.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, '../src/server.ts')],
      {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          WEB_DIST: '/nonexistent',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/i.exec(out);
        if (match) resolve(Number(match[1]));
      });
      void exited.then(() => reject(new Error(`server exited early: ${out}`)));
    });
    const server = { syncUrl: `ws://127.0.0.1:${port}/sync` } as RunningServer;
    const writer = connectClient(server, 'b1', tokens.editor);
    await writer.synced;
    writer.doc.getText('t').insert(0, 'written just before SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(writer.closes).toContain(1001);
    writer.destroy();
    const after = new SqliteStorage({ dataDir });
    const doc = new Y.Doc();
    for (const u of (await after.loadUpdates('b1')).updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toString()).toBe('written just before SIGTERM');
    // The room was compacted on unload.
    expect(await after.countUpdates('b1')).toBe(1);
    await after.close();
  }, 20_000);
});
