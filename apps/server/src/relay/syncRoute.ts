import websocket from '@fastify/websocket';
import type { FastifyPluginAsync } from 'fastify';
import type { WebSocket } from 'ws';
import { Connection } from '../rooms/Connection.js';
import { CLOSE_GOING_AWAY, type RoomManager } from '../rooms/RoomManager.js';
import type { RelaySocket } from '../rooms/RelaySocket.js';
import type { LinkRecord, Storage } from '../storage/Storage.js';
import { CLOSE_CODES } from '@isf/crdt';

/** Resolves a board's link from a token (constant-time; revoked links → null). */
export type ResolveLink = (
  storage: Storage,
  boardId: string,
  token: string | undefined,
) => Promise<LinkRecord | null>;

/** Options of {@link syncRoute}. */
export interface SyncRouteOptions {
  rooms: RoomManager;
  storage: Storage;
  resolveLink: ResolveLink;
  maxMessageBytes: number;
  maxAwarenessPerSecond: number;
}

/** Messages a connection may send before it is authenticated. */
const MAX_EARLY_MESSAGES = 1000;

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Adapts a ws socket to the room core. A client that stops reading (more than `maxBuffered` bytes
 * queued for it) is terminated rather than growing the server's memory; it resyncs on reconnect.
 */
function adapt(socket: WebSocket, maxBuffered: number): RelaySocket {
  return {
    send: (data) => {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > maxBuffered) {
        socket.terminate();
        return;
      }
      socket.send(data, { binary: true });
    },
    close: (code, reason) => socket.close(code, reason),
    terminate: () => socket.terminate(),
    ping: () => {
      if (socket.readyState === socket.OPEN) socket.ping();
    },
  };
}

/**
 * The relay's WebSocket route `/sync/:boardId?token=…&ack=1` (the only file that knows
 * `@fastify/websocket`). Authenticates with the link token (no/bad token → 4401, unknown board →
 * 4404), then hands the connection to the room. Oversized messages close with 1009 (ws
 * `maxPayload`), protocol errors with ws's own codes (e.g. 1002); the process never throws on input.
 */
export const syncRoute: FastifyPluginAsync<SyncRouteOptions> = async (app, opts) => {
  const { rooms, storage, resolveLink } = opts;
  let connectionCounter = 0;
  await app.register(websocket, {
    options: { maxPayload: opts.maxMessageBytes },
    errorHandler(error, socket, request) {
      request.log.info({ err: error.message }, 'websocket error');
      // ws already started the close handshake with the right code; make sure it ends.
      setTimeout(() => {
        if (socket.readyState !== socket.CLOSED) socket.terminate();
      }, 2000).unref();
    },
    preClose: async () => {
      await rooms.shutdown();
      for (const client of app.websocketServer.clients) {
        client.close(CLOSE_GOING_AWAY, 'server shutting down');
      }
      await new Promise<void>((resolve) => app.websocketServer.close(() => resolve()));
    },
  });

  app.get<{ Params: { boardId: string }; Querystring: { token?: string; ack?: string } }>(
    '/sync/:boardId',
    { websocket: true },
    (socket, request) => {
      const { boardId } = request.params;
      const token = typeof request.query.token === 'string' ? request.query.token : undefined;
      const ack = request.query.ack === '1';
      const relaySocket = adapt(socket, Math.max(16 * 1024 * 1024, 4 * opts.maxMessageBytes));
      let conn: Connection | null = null;
      let closed = false;
      const early: Uint8Array[] = [];
      socket.on('message', (data) => {
        try {
          const bytes = toBytes(data);
          if (conn) conn.receive(bytes);
          else if (early.length < MAX_EARLY_MESSAGES) early.push(bytes);
          else socket.close(CLOSE_CODES.AWARENESS_FLOOD, 'too many messages');
        } catch (err) {
          // Never let one connection's message throw into ws (that would end the process).
          request.log.error({ err, boardId }, 'relay message handler failed');
          socket.close(CLOSE_CODES.MALFORMED_MESSAGE, 'message could not be handled');
        }
      });
      socket.on('pong', () => {
        if (conn) conn.alive = true;
      });
      socket.on('close', () => {
        closed = true;
        conn?.socketClosed();
      });

      const authenticate = async () => {
        const link = await resolveLink(storage, boardId, token);
        if (closed) return;
        if (!link || link.boardId !== boardId) {
          socket.close(CLOSE_CODES.UNAUTHORIZED, 'unauthorized');
          return;
        }
        const board = await storage.getBoard(boardId);
        if (closed) return;
        if (!board) {
          socket.close(CLOSE_CODES.BOARD_NOT_FOUND, 'board not found');
          return;
        }
        connectionCounter += 1;
        conn = new Connection(relaySocket, {
          id: `c${connectionCounter}`,
          link,
          ack,
          maxAwarenessPerSecond: opts.maxAwarenessPerSecond,
        });
        rooms.connect(boardId, conn);
        for (const data of early.splice(0)) conn.receive(data);
      };
      authenticate().catch((err: unknown) => {
        request.log.error({ err, boardId }, 'relay authentication failed');
        if (!closed) socket.close(CLOSE_CODES.STORAGE_FAILURE, 'storage failure');
      });
    },
  );
};
