import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp, type AppOverrides } from '../../src/app';
import { hashToken } from '../../src/auth/tokens';
import { loadConfig, type Config } from '../../src/config';
import type { LinkRole, Storage } from '../../src/storage/Storage';

/** A fresh temporary data directory. */
export function tempDir(prefix = 'isf-relay-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A test config on a temp DATA_DIR with a missing web build. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: tempDir(),
    LOG_LEVEL: 'silent',
    WEB_DIST: path.join(os.tmpdir(), 'isf-no-web-dist'),
    ...env,
  });
}

export interface RunningServer {
  app: FastifyInstance;
  port: number;
  /** `ws://127.0.0.1:port/sync` — the y-websocket serverUrl. */
  syncUrl: string;
  close(): Promise<void>;
}

/** Builds the app (relay only unless `api: true`) and listens on port 0. */
export async function startServer(
  config: Config,
  overrides: AppOverrides = {},
): Promise<RunningServer> {
  const app = await buildApp(config, { logger: false, api: false, ...overrides });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    app,
    port: address.port,
    syncUrl: `ws://127.0.0.1:${address.port}/sync`,
    close: () => app.close(),
  };
}

export type Tokens = Record<LinkRole, string>;

/** Creates a board whose doc holds `seed` (meta.title) and an owner, an editor and a viewer link. */
export async function createBoard(
  storage: Storage,
  boardId: string,
  seed: (doc: Y.Doc) => void = (doc) => doc.getMap('meta').set('title', 'Seeded'),
): Promise<Tokens> {
  const doc = new Y.Doc();
  seed(doc);
  const now = new Date().toISOString();
  const tokens: Tokens = {
    owner: `owner-${boardId}-token`,
    editor: `editor-${boardId}-token`,
    viewer: `viewer-${boardId}-token`,
  };
  const link = (role: LinkRole) => ({
    id: `${boardId}-${role}`,
    boardId,
    role,
    tokenHash: hashToken(tokens[role]),
    createdAt: now,
    revokedAt: null,
  });
  await storage.createBoard(
    { id: boardId, title: 'Test board', createdAt: now, updatedAt: now },
    Y.encodeStateAsUpdate(doc),
    link('owner'),
  );
  await storage.createLink(link('editor'));
  await storage.createLink(link('viewer'));
  return tokens;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first sync. */
  synced: Promise<void>;
  /** Close codes the server sent, in order. */
  closes: number[];
  /** Whole messages of the relay extras the stock provider does not know (100, 101). */
  extras: { type: number; data: Uint8Array }[];
  destroy(): void;
}

/** A stock y-websocket client in Node (BroadcastChannel off so only the server connects them). */
export function connectClient(
  server: RunningServer,
  boardId: string,
  token: string | undefined,
  options: { ack?: boolean; doc?: Y.Doc; connect?: boolean } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = {};
  if (token !== undefined) params.token = token;
  if (options.ack) params.ack = '1';
  const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
    // ws's WebSocket stands in for the browser's; the provider only uses the common subset.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    connect: options.connect ?? true,
  });
  const closes: number[] = [];
  const extras: TestClient['extras'] = [];
  for (const type of [100, 101]) {
    provider.messageHandlers[type] = (_encoder, decoder) => {
      extras.push({ type, data: decoder.arr.slice() });
    };
  }
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (state: boolean) => {
      if (state) resolve();
    });
  });
  return {
    doc,
    provider,
    synced,
    closes,
    extras,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `check` until it is truthy or `timeoutMs` passes. */
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

/** The text of `meta.title` of a doc (test convenience). */
export const title = (doc: Y.Doc): unknown => doc.getMap('meta').get('title');
