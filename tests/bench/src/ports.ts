import net from 'node:net';
import { sleep } from './clock';

/** Asks the OS for a free TCP port on 127.0.0.1 (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Resolves true when a TCP connection to 127.0.0.1:`port` succeeds within `timeoutMs`. */
export function canConnect(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls until 127.0.0.1:`port` accepts connections; throws after `timeoutMs` or if `alive()` turns false. */
export async function waitForPort(
  port: number,
  timeoutMs: number,
  alive: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`server on port ${port} exited before it listened`);
    if (await canConnect(port, 500)) return;
    await sleep(100);
  }
  throw new Error(`server on port ${port} did not listen within ${timeoutMs} ms`);
}
