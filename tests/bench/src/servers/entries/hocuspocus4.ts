/**
 * Child-process entry: `@hocuspocus/server` 4.x on HOST:PORT, with `@hocuspocus/extension-sqlite`
 * on HP_SQLITE_FILE when set, else in memory. Defaults otherwise (debounce 2 s, maxDebounce 10 s).
 */
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? '0');
const file = process.env.HP_SQLITE_FILE;

const server = new Server({
  port,
  address: host,
  quiet: true,
  extensions: file ? [new SQLite({ database: file })] : [],
});
await server.listen();
console.log(`hocuspocus 4 listening on ${host}:${port} (${file ? `sqlite ${file}` : 'memory'})`);
