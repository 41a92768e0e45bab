/**
 * Child-process entry: `@hocuspocus/server` 3.4 on HOST:PORT, with `@hocuspocus/extension-sqlite`
 * 3.4 on HP_SQLITE_FILE when set, else in memory. Defaults otherwise (debounce 2 s, maxDebounce 10 s).
 */
import type { ListenOptions } from 'node:net';
import type { Extension } from 'hocuspocus-server-3';
import { Server } from 'hocuspocus-server-3';
import { SQLite } from 'hocuspocus-sqlite-3';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '0');
const file = process.env.HP_SQLITE_FILE;

// The 3.4 SQLite extension is typed against its own nested copy of @hocuspocus/server 3.4 (npm
// cannot hoist it next to the aliased `hocuspocus-server-3`); the runtime interface is the same.
const extensions: Extension[] = file
  ? [new SQLite({ database: file }) as unknown as Extension]
  : [];

const server = new Server({
  port,
  address: host,
  quiet: true,
  extensions,
});
// Hocuspocus 3.4 passes `address` (not `host`) to http.Server#listen, which Node ignores, so the
// server would bind every interface: bind loopback only by adding `host`.
const listen = server.httpServer.listen.bind(server.httpServer) as (
  options: ListenOptions,
  callback: () => void,
) => void;
(server.httpServer as { listen: unknown }).listen = (options: ListenOptions, cb: () => void) =>
  listen({ ...options, host }, cb);
await server.listen();
console.log(`hocuspocus 3 listening on ${host}:${port} (${file ? `sqlite ${file}` : 'memory'})`);
