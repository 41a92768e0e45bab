import net from 'node:net';

/** Where the scaled-out tests find PostgreSQL and Redis (the machine's local services by default). */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Whether a service the scaled-out tests need is up. Without it the tests skip with a loud message;
 * under CI (`CI` set) a missing service is a failure instead, so CI can never pass by skipping.
 */
export async function requireService(name: string, url: string, port: number): Promise<boolean> {
  if (await reachable(url, port)) return true;
  const message = `${name} is not reachable at ${url}: the scaled-out tests need it.`;
  if (process.env.CI) throw new Error(`${message} (CI is set, so this is a failure, not a skip)`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING: ${message}\n${'!'.repeat(78)}\n`);
  return false;
}
