/**
 * The SQLite writer thread of {@link SqliteStorage} (`writer: 'worker'`): its own connection to the
 * database file, on which it runs group commits (`appendGroup`) and compactions, one request at a
 * time in arrival order — so the fsync of a commit never blocks the main thread's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WriterReply, WriterRequest, WriterThreadData } from './sqliteWriterProtocol.js';
import { appendGroup, compactBoard, openSqlite } from './sqliteWrites.js';

const port = parentPort;
if (!port) throw new Error('sqliteWriterWorker must run in a worker thread');
const data = workerData as WriterThreadData;
const db = openSqlite(data.file, data.synchronous);
const reply = (message: WriterReply): void => port.postMessage(message);

port.on('message', (request: WriterRequest) => {
  switch (request.type) {
    case 'crash':
      process.exit(70);
      return;
    case 'close':
      db.close();
      reply({ id: request.id, ok: true });
      port.close();
      return;
    case 'append':
    case 'compact':
      try {
        if (request.type === 'append') {
          reply({
            id: request.id,
            ok: true,
            results: appendGroup(db, request.entries, request.now),
          });
        } else {
          compactBoard(db, request.boardId, request.now);
          reply({ id: request.id, ok: true });
        }
      } catch (err) {
        reply({
          id: request.id,
          ok: false,
          error: err instanceof Error ? err.message : String(err),
        });
      }
      return;
  }
});
reply({ type: 'ready' });
