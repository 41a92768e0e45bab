import { packageFile, BENCH_DIR } from '../paths';
import { freePort } from '../ports';
import { spawnServer } from './spawnServer';
import type { RoomTarget, ServerSpec } from './types';

let roomCounter = 0;

/**
 * y-websocket@2.1.0's reference server (`bin/server.cjs`), in memory (no YPERSISTENCE), started
 * with HOST=127.0.0.1 and PORT.
 */
export const ywebsocketServer: ServerSpec = {
  id: 'ywebsocket',
  label: 'y-websocket 2.1 (memory)',
  protocol: 'y-websocket',
  persistent: false,
  ours: false,
  async start() {
    const port = await freePort();
    return spawnServer({
      name: 'y-websocket',
      args: [packageFile('y-websocket-v2', 'bin/server.cjs')],
      env: { HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: '' },
      cwd: BENCH_DIR,
      port,
      async createRoom(p, label): Promise<RoomTarget> {
        roomCounter += 1;
        const room = `${label}-${roomCounter}`;
        return {
          protocol: 'y-websocket',
          serverUrl: `ws://127.0.0.1:${p}`,
          room,
          params: {},
          upgradePath: `/${room}`,
        };
      },
    });
  },
};
