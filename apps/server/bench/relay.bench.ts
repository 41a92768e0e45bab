/**
 * Relay benchmark (prints figures, asserts nothing): fan-out latency p50/p99 with 10 and 50
 * clients in one room, and convergence time of a burst of 2,000 updates, with persistence on
 * (SQLite, synchronous=FULL and NORMAL). Clients are plain `ws` sockets speaking the y-websocket
 * protocol in the same process, so the figures include the clients' own CPU time.
 *
 *   npm run bench -w apps/server
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildApp } from '../src/app.js';
import { hashToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';

interface BenchClient {
  ws: WebSocket;
  doc: Y.Doc;
  onUpdate: (() => void) | null;
  updates: number;
}

function msg(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

async function connect(url: string): Promise<BenchClient> {
  const ws = new WebSocket(url);
  const client: BenchClient = { ws, doc: new Y.Doc(), onUpdate: null, updates: 0 };
  ws.binaryType = 'nodebuffer';
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  const synced = new Promise<void>((resolve) => {
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== 0) return;
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === 0) {
        ws.send(
          msg((e) => {
            encoding.writeVarUint(e, 0);
            encoding.writeVarUint(e, 1);
            encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(client.doc, payload));
          }),
        );
      } else {
        Y.applyUpdate(client.doc, payload, 'remote');
        if (sub === 1) resolve();
        else {
          client.updates += 1;
          client.onUpdate?.();
        }
      }
    });
  });
  ws.send(
    msg((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(client.doc));
    }),
  );
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'remote') return;
    ws.send(
      msg((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, update);
      }),
    );
  });
  await synced;
  return client;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function withServer<T>(sync: 'FULL' | 'NORMAL', run: (url: string) => Promise<T>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isf-bench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SQLITE_SYNCHRONOUS: sync,
    WEB_DIST: '/nonexistent',
  });
  const app = await buildApp(config, { logger: false, api: false });
  const now = new Date().toISOString();
  await app.isf.storage.createBoard(
    { id: 'bench', title: 'Bench', createdAt: now, updatedAt: now },
    Y.encodeStateAsUpdate(new Y.Doc()),
    {
      id: 'l',
      boardId: 'bench',
      role: 'editor',
      tokenHash: hashToken('bench-token'),
      createdAt: now,
      revokedAt: null,
    },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  try {
    return await run(`ws://127.0.0.1:${address.port}/sync/bench?token=bench-token`);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function fanOut(url: string, n: number, rounds: number) {
  const clients = await Promise.all(Array.from({ length: n }, () => connect(url)));
  const sender = clients[0]!;
  const receivers = clients.slice(1);
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const sentAt = performance.now();
    let pending = receivers.length;
    const done = new Promise<void>((resolve) => {
      for (const r of receivers) {
        r.onUpdate = () => {
          r.onUpdate = null;
          latencies.push(performance.now() - sentAt);
          if (--pending === 0) resolve();
        };
      }
    });
    sender.doc.getMap('m').set(`r${round}`, round);
    await done;
  }
  for (const c of clients) c.ws.close();
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p99: pct(latencies, 99), samples: latencies.length };
}

async function burst(url: string, n: number, total: number) {
  const clients = await Promise.all(Array.from({ length: n }, () => connect(url)));
  const started = performance.now();
  const converged = Promise.all(
    clients.map(
      (c) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (c.doc.getMap('m').size >= total) resolve();
          };
          c.doc.on('update', check);
          check();
        }),
    ),
  );
  for (let i = 0; i < total; i++) {
    clients[i % n]!.doc.getMap('m').set(`u${i}`, i);
    if (i % 50 === 49) await new Promise((r) => setImmediate(r));
  }
  await converged;
  const ms = performance.now() - started;
  for (const c of clients) c.ws.close();
  return ms;
}

const f = (x: number) => x.toFixed(2).padStart(8);
console.log(`ISF Board relay benchmark — Node ${process.version}, ${os.cpus().length} CPUs`);
for (const sync of ['FULL', 'NORMAL'] as const) {
  console.log(`\nSQLite synchronous=${sync}`);
  for (const n of [10, 50]) {
    const r = await withServer(sync, (url) => fanOut(url, n, 200));
    console.log(
      `  fan-out, ${String(n).padStart(2)} clients: p50 ${f(r.p50)} ms  p99 ${f(r.p99)} ms  (${r.samples} deliveries)`,
    );
  }
  const ms = await withServer(sync, (url) => burst(url, 10, 2000));
  console.log(`  burst of 2,000 updates from 10 clients: all converged in ${ms.toFixed(0)} ms`);
}
