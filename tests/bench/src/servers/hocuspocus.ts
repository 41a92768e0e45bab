import path from 'node:path';
import { benchSource, BENCH_DIR } from '../paths';
import { freePort } from '../ports';
import { spawnServer } from './spawnServer';
import { freshTempDir } from './tempDir';
import type { RoomTarget, ServerSpec } from './types';

let roomCounter = 0;

/**
 * `@hocuspocus/server` of one major line (3.4 or 4.x) in its own process (entries/hocuspocusN.ts),
 * either with `@hocuspocus/extension-sqlite` on a file in a fresh temp directory, or in memory.
 * Hocuspocus's defaults are kept (store debounce 2 s, max 10 s), as a user would run it.
 */
export function hocuspocusServer(line: 3 | 4, sqlite: boolean): ServerSpec {
  const protocol = line === 3 ? 'hocuspocus-3' : 'hocuspocus-4';
  return {
    id: `hp${line}-${sqlite ? 'sqlite' : 'memory'}`,
    label: `Hocuspocus ${line === 3 ? '3.4' : '4.x'} (${sqlite ? 'SQLite' : 'memory'})`,
    protocol,
    persistent: sqlite,
    ours: false,
    async start() {
      const port = await freePort();
      const database = sqlite ? path.join(freshTempDir(`hp${line}`), 'hocuspocus.sqlite') : '';
      return spawnServer({
        name: `hocuspocus ${line}`,
        args: ['--import', 'tsx', benchSource(`servers/entries/hocuspocus${line}.ts`)],
        env: {
          HOST: '127.0.0.1',
          PORT: String(port),
          HP_SQLITE_FILE: database,
          NODE_NO_WARNINGS: '1',
        },
        cwd: BENCH_DIR,
        port,
        async createRoom(p, label): Promise<RoomTarget> {
          roomCounter += 1;
          return {
            protocol,
            serverUrl: `ws://127.0.0.1:${p}`,
            room: `${label}-${roomCounter}`,
            params: {},
            upgradePath: '/',
          };
        },
      });
    },
  };
}
