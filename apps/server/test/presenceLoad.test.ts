import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectClient,
  createBoard,
  startServer,
  testConfig,
  waitFor,
  type RunningServer,
  type Tokens,
} from './support/relayHarness';

let server: RunningServer;
let tokens: Tokens;

beforeAll(async () => {
  server = await startServer(testConfig({ MAX_AWARENESS_PER_SECOND: '30' }));
  tokens = await createBoard(server.app.isf.storage, 'b1');
});
afterAll(async () => {
  await server.close();
});

describe('presence under load', () => {
  it('stock clients that echo what they receive are not mistaken for a flood', async () => {
    // The stock provider re-sends every awareness change it receives; in a busy room that is far
    // more than one client's own budget. Only a connection's own presence counts against it.
    const clients = Array.from({ length: 8 }, () => connectClient(server, 'b1', tokens.editor));
    try {
      await Promise.all(clients.map((c) => c.synced));
      for (let tick = 0; tick < 30; tick++) {
        for (const c of clients) c.provider.awareness.setLocalStateField('cursor', { tick });
        await new Promise((r) => setTimeout(r, 50)); // 20 Hz each, 160 changes/s in the room
      }
      const last = clients[0]!;
      await waitFor(() =>
        clients.every(
          (c) =>
            (
              last.provider.awareness.getStates().get(c.doc.clientID) as {
                cursor?: { tick: number };
              }
            )?.cursor?.tick === 29,
        ),
      );
      expect(clients.flatMap((c) => c.closes)).toEqual([]);
    } finally {
      for (const c of clients) c.destroy();
    }
  }, 20_000);
});
