import fs from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from '../paths';
import { freePort } from '../ports';
import { spawnServer } from './spawnServer';
import { freshTempDir } from './tempDir';
import type { RoomTarget, ServerSpec } from './types';

/** The entry of this project's relay. */
export const OURS_ENTRY = path.join(REPO_DIR, 'apps/server/src/server.ts');

/** True when the relay's entry file exists in this checkout. */
export function oursAvailable(): boolean {
  return fs.existsSync(OURS_ENTRY);
}

interface CreatedBoard {
  board: { id: string };
  link: { token: string };
}

function isCreatedBoard(value: unknown): value is CreatedBoard {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { board?: { id?: unknown }; link?: { token?: unknown } };
  return typeof v.board?.id === 'string' && typeof v.link?.token === 'string';
}

/** `POST /api/boards`, retried a few times on 429/5xx (bounded). */
async function createBoard(port: number, title: string): Promise<CreatedBoard> {
  let lastError = '';
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${port}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && isCreatedBoard(body)) return body;
    lastError = `${response.status} ${JSON.stringify(body).slice(0, 200)}`;
    if (response.status !== 429 && response.status < 500) break;
    await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
  }
  throw new Error(`ours: POST /api/boards failed: ${lastError}`);
}

/**
 * This project's relay (apps/server) with its default embedded SQLite storage in a fresh
 * DATA_DIR: durable before relay, SQLITE_SYNCHRONOUS at its default (FULL).
 */
export const oursServer: ServerSpec = {
  id: 'ours',
  label: 'ISF relay (SQLite, durable)',
  protocol: 'y-websocket',
  persistent: true,
  ours: true,
  async start() {
    if (!oursAvailable()) throw new Error(`ours: ${OURS_ENTRY} does not exist yet`);
    const port = await freePort();
    const dataDir = freshTempDir('ours');
    return spawnServer({
      name: 'ours',
      args: ['--import', 'tsx', OURS_ENTRY],
      env: {
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      cwd: REPO_DIR,
      port,
      async createRoom(p, label): Promise<RoomTarget> {
        const created = await createBoard(p, `bench ${label}`);
        return {
          protocol: 'y-websocket',
          serverUrl: `ws://127.0.0.1:${p}/sync`,
          room: created.board.id,
          params: { token: created.link.token },
          upgradePath: `/sync/${created.board.id}?token=${encodeURIComponent(created.link.token)}`,
        };
      },
    });
  },
};
