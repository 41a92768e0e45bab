import type { Socket } from 'node:net';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
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
  server = await startServer(
    testConfig({ MAX_MESSAGE_BYTES: String(64 * 1024), MAX_AWARENESS_PER_SECOND: '50' }),
  );
  tokens = await createBoard(server.app.isf.storage, 'b1');
});
afterAll(async () => {
  await server.close();
});

/** Opens a raw ws connection; resolves with the socket and a promise of its close code. */
function raw(token = tokens.editor, options: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(`${server.syncUrl}/b1?token=${token}`, options);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()));
  return { ws, closed, opened };
}

function message(write: (enc: encoding.Encoder) => void): Uint8Array {
  const enc = encoding.createEncoder();
  write(enc);
  return encoding.toUint8Array(enc);
}

function validUpdateMessage(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('nodes').set('x', 'y');
  return message((enc) => {
    encoding.writeVarUint(enc, 0);
    encoding.writeVarUint(enc, 2);
    encoding.writeVarUint8Array(enc, Y.encodeStateAsUpdate(doc));
  });
}

/** Two stock clients still converge (the server carries on for everyone else). */
async function othersStillConverge(tag: string) {
  const a = connectClient(server, 'b1', tokens.owner);
  const b = connectClient(server, 'b1', tokens.editor);
  try {
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('nodes').set(`a-${tag}`, 1);
    b.doc.getMap('nodes').set(`b-${tag}`, 2);
    await waitFor(
      () => a.doc.getMap('nodes').has(`b-${tag}`) && b.doc.getMap('nodes').has(`a-${tag}`),
      5000,
      'convergence',
    );
  } finally {
    a.destroy();
    b.destroy();
  }
  const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  expect(health.status).toBe(200);
}

describe('bad input never hurts the others', () => {
  it('1,000 random and truncated frames close only their own connection', async () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const valid = validUpdateMessage();
    const frames: Uint8Array[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 2 === 0) {
        frames.push(valid.slice(0, 1 + Math.floor(rand() * (valid.length - 1))));
      } else {
        const bytes = new Uint8Array(Math.floor(rand() * 200));
        for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
        if (bytes.length > 0 && rand() < 0.5) bytes[0] = Math.floor(rand() * 4);
        frames.push(bytes);
      }
    }
    const codes = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < frames.length) {
        const frame = frames[next++]!;
        const { ws, closed, opened } = raw();
        await opened;
        ws.send(frame);
        const code = await Promise.race([
          closed,
          new Promise<number>((r) => setTimeout(() => r(0), 40)),
        ]);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (code === 0) {
          ws.close();
          await closed;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.info('close codes of the random frames:', Object.fromEntries(codes));
    expect(codes.get(4400) ?? 0).toBeGreaterThan(500);
    await othersStillConverge('random');
  }, 60_000);

  it('an undecodable update closes that connection with 4400', async () => {
    const { ws, closed, opened } = raw();
    await opened;
    ws.send(
      message((enc) => {
        encoding.writeVarUint(enc, 0);
        encoding.writeVarUint(enc, 2);
        encoding.writeVarUint8Array(enc, new Uint8Array([5, 200, 1, 2, 3, 4]));
      }),
    );
    expect(await closed).toBe(4400);
    await othersStillConverge('undecodable');
  });

  it('a frame with RSV2 set closes that connection with 1002', async () => {
    const { ws, closed, opened } = raw();
    await opened;
    const payload = Buffer.from([3]);
    const mask = Buffer.from([1, 2, 3, 4]);
    const masked = payload.map((b, i) => b ^ mask[i % 4]!);
    // FIN + RSV2 + binary opcode, masked, length 1: invalid without a negotiated extension.
    const frame = Buffer.concat([Buffer.from([0x80 | 0x20 | 0x2, 0x80 | 1]), mask, masked]);
    // ws has no public API to send a frame with reserved bits; write on its net.Socket.
    (ws as unknown as { _socket: Socket })._socket.write(frame);
    expect(await closed).toBe(1002);
    await othersStillConverge('rsv2');
  });

  it('an oversized message closes that connection with 1009', async () => {
    const { ws, closed, opened } = raw();
    await opened;
    ws.send(new Uint8Array(70 * 1024));
    expect(await closed).toBe(1009);
    await othersStillConverge('oversized');
  });

  it('an awareness flood closes that connection with 4429', async () => {
    const { ws, closed, opened } = raw();
    await opened;
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    for (let i = 0; i < 200; i++) {
      awareness.setLocalState({ cursor: i });
      ws.send(
        message((enc) => {
          encoding.writeVarUint(enc, 1);
          encoding.writeVarUint8Array(
            enc,
            awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
          );
        }),
      );
    }
    expect(await closed).toBe(4429);
    awareness.destroy();
    await othersStillConverge('flood');
  });

  it('an oversized awareness state closes that connection with 4429', async () => {
    const { ws, closed, opened } = raw();
    await opened;
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name: 'x'.repeat(20_000) });
    ws.send(
      message((enc) => {
        encoding.writeVarUint(enc, 1);
        encoding.writeVarUint8Array(
          enc,
          awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
        );
      }),
    );
    expect(await closed).toBe(4429);
    awareness.destroy();
  });
});
