import http from 'node:http';
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

let created = 0;

/** POSTs JSON from a given loopback source address; resolves with status and parsed body. */
function postJson(
  port: number,
  path: string,
  body: unknown,
  localAddress: string,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = null;
          }
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('POST timed out')));
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * `POST /api/boards`, retried a few times on 429/5xx (bounded). The API limits board creation to
 * 30 a minute per client address; S3 needs 100 boards per run, so the harness spreads its requests
 * over loopback source addresses 127.0.0.2–127.0.0.201 (25 boards each): still loopback only.
 */
async function createBoard(port: number, title: string): Promise<CreatedBoard> {
  let lastError = '';
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const source = `127.0.0.${2 + (Math.floor(created / 25) % 200)}`;
    created += 1;
    const response = await postJson(port, '/api/boards', { title }, source);
    if (response.status >= 200 && response.status < 300 && isCreatedBoard(response.body)) {
      return response.body;
    }
    lastError = `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
    if (response.status !== 429 && response.status < 500) break;
    await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
  }
  throw new Error(`ours: POST /api/boards failed: ${lastError}`);
}

/** Variants of ours: the default and three opt-in diagnostics. */
export type OursVariant = 'default' | 'normal' | 'thread' | 'ram';

/** A RAM-backed file system: a data directory there makes every fsync free. */
const RAM_DIR = '/dev/shm';

const VARIANTS: Record<
  OursVariant,
  { id: string; label: string; env: Record<string, string>; base?: string }
> = {
  default: { id: 'ours', label: 'ISF relay (SQLite, durable)', env: {} },
  normal: {
    id: 'ours-normal',
    label: 'ISF relay (SQLite NORMAL, diagnostic)',
    env: { SQLITE_SYNCHRONOUS: 'NORMAL' },
  },
  thread: {
    id: 'ours-thread',
    label: 'ISF relay (commits on writer thread, diagnostic)',
    env: { SQLITE_LOOP_COMMIT_MAX_MS: '0' },
  },
  ram: {
    id: 'ours-ram',
    label: 'ISF relay (SQLite on /dev/shm: fsync free, diagnostic)',
    env: {},
    base: RAM_DIR,
  },
};

/**
 * This project's relay (apps/server) with its default embedded SQLite storage in a fresh
 * DATA_DIR: durable before relay (`synchronous` FULL, the server's default: a commit is fsync'd
 * before the update is relayed). Opt-in diagnostic variants: `ours-normal` (NORMAL: WAL, survives
 * process crashes but not power loss) shows what the fsync costs; `ours-thread` (every group
 * commit on the writer thread, none on the event loop) what loop commits save; `ours-ram` (the data
 * directory on /dev/shm, every fsync free) what the rest of the durable path costs without the disk.
 */
export function oursServer(variant: OursVariant): ServerSpec {
  const { id, label, env, base } = VARIANTS[variant];
  return {
    id,
    label,
    protocol: 'y-websocket',
    persistent: true,
    // Ratios are always ours (the default) ÷ the other column, including the diagnostics.
    ours: variant === 'default',
    async start() {
      if (!oursAvailable()) throw new Error(`ours: ${OURS_ENTRY} does not exist yet`);
      const port = await freePort();
      if (base && !fs.existsSync(base)) throw new Error(`${id}: ${base} does not exist here`);
      const dataDir = freshTempDir(id, base);
      return spawnServer({
        name: 'ours',
        args: ['--import', 'tsx', OURS_ENTRY],
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          ...env,
        },
        cwd: REPO_DIR,
        port,
        dataDir,
        metricsPath: '/metrics',
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
}
