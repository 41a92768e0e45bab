/**
 * The minimal socket the room core talks to. Only the route file knows `ws`/`@fastify/websocket`;
 * it adapts a WebSocket to this and forwards `message`, `pong` and `close` events to the
 * {@link Connection}.
 */
export interface RelaySocket {
  /** Sends one binary message; a no-op once the socket is closing. */
  send(data: Uint8Array): void;
  /** Starts the closing handshake with a close code and a short reason. */
  close(code: number, reason: string): void;
  /** Destroys the socket without a handshake (dead peers). */
  terminate(): void;
  ping(): void;
}
