import { expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp, type AppOverrides } from '../../src/app';
import { loadConfig } from '../../src/config';

/** A real app (SQLite storage in a temp DATA_DIR, real rooms) listening on 127.0.0.1:<port>. */
export interface TestServer {
  app: FastifyInstance;
  port: number;
  dataDir: string;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Starts the app built by `buildApp(config, overrides)` on port 0 with a fresh temp DATA_DIR. */
export async function startServer(
  env: Record<string, string> = {},
  overrides: AppOverrides = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'isf-api-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST: path.join(dataDir, 'no-web'),
    AUTO_VERSION_MINUTES: '0',
    PING_INTERVAL_MS: '60000',
    ...env,
  });
  const app = await buildApp(config, overrides);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    app,
    port: address.port,
    dataDir,
    inject: (options) => app.inject(options),
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `Authorization: Bearer …` for one or several tokens. */
export function bearer(...tokens: string[]): { authorization: string } {
  return { authorization: `Bearer ${tokens.join(', ')}` };
}

/** The JSON body of a response, typed loosely for assertions. */
export function json<T = Record<string, unknown>>(res: LightMyRequestResponse): T {
  return JSON.parse(res.body) as T;
}

/** Asserts a 400 answer whose message names the invalid field (e.g. `body.title`). */
export function expectBadRequest(res: LightMyRequestResponse, field: string): void {
  expect(res.statusCode).toBe(400);
  expect(json<{ error: { message: string } }>(res).error.message).toContain(field);
}

export interface CreatedBoard {
  board: { id: string; title: string };
  link: { id: string; role: string; token: string; url: string };
}

/** Creates a board through the API and returns the 201 body. */
export async function createBoard(
  server: TestServer,
  body: Record<string, unknown> = { title: 'Test board' },
): Promise<CreatedBoard> {
  const res = await server.inject({ method: 'POST', url: '/api/boards', payload: body });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return json<CreatedBoard>(res);
}

/** Creates a share link and returns its token. */
export async function createLink(
  server: TestServer,
  boardId: string,
  ownerToken: string,
  role: 'editor' | 'viewer',
): Promise<{ id: string; token: string }> {
  const res = await server.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/links`,
    headers: bearer(ownerToken),
    payload: { role },
  });
  if (res.statusCode !== 201) throw new Error(`link failed: ${res.statusCode} ${res.body}`);
  return json<{ link: { id: string; token: string } }>(res).link;
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A real y-websocket client of a board, with the close codes it received. */
export interface LiveClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closeCodes: number[];
  destroy(): void;
}

/** Connects a `WebsocketProvider` (Node, `ws`) to `/sync/<boardId>` and waits until synced. */
export async function connectClient(
  server: TestServer,
  boardId: string,
  token: string,
): Promise<LiveClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, boardId, doc, {
    // y-websocket types its polyfill as the DOM WebSocket; `ws` implements the same interface.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  await waitFor(() => provider.synced, 5000, 'client sync');
  return {
    doc,
    provider,
    closeCodes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
