/**
 * A SQLite thread of {@link SqliteStorage} (`writer: 'worker'`), with its own connection to the
 * database file. Role `writer`: every write — group commits (`appendGroup`), record writes
 * (boards, versions, links, quarantine) and compaction plans — one request at a time in arrival
 * order, so that neither an fsync nor a wait for the write lock ever blocks the main thread. Role
 * `compactor`: plans compactions (reads, one apply of the board, merge), so that planning a large
 * board's compaction never holds up the writer's commits. The compactor runs at the lowest CPU
 * priority (Linux): planning is upkeep, and on a shared core it would otherwise take half the
 * core from the event loop for as long as it runs (tens to hundreds of milliseconds).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type {
  WriterOk,
  WriterReply,
  WriterRequest,
  WriterThreadData,
} from './sqliteWriterProtocol.js';
import { runRecordWrite } from './sqliteRecordWrites.js';
import { lowerThreadPriority } from './threadPriority.js';
import { appendGroup, applyCompaction, openSqlite, planCompaction } from './sqliteWrites.js';

const port = parentPort;
if (!port) throw new Error('sqliteWriterWorker must run in a worker thread');
const data = workerData as WriterThreadData;
if (data.role === 'compactor') lowerThreadPriority();
const db = openSqlite(data.file, data.synchronous);
const reply = (message: WriterReply, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

function handle(request: Exclude<WriterRequest, { type: 'crash' | 'close' }>): WriterOk {
  switch (request.type) {
    case 'append': {
      const started = performance.now();
      const results = appendGroup(db, request.entries, request.now);
      return { id: request.id, ok: true, results, commitMs: performance.now() - started };
    }
    case 'record':
      return { id: request.id, ok: true, changes: runRecordWrite(db, request.write) };
    case 'compact-plan':
      return { id: request.id, ok: true, plan: planCompaction(db, request.boardId) };
    case 'compact-apply':
      return { id: request.id, ok: true, applied: applyCompaction(db, request.plan, request.now) };
    case 'checkpoint':
      db.pragma('wal_checkpoint(PASSIVE)');
      return { id: request.id, ok: true };
  }
}

port.on('message', (request: WriterRequest) => {
  if (request.type === 'crash') process.exit(70);
  if (request.type === 'close') {
    db.close();
    reply({ id: request.id, ok: true });
    port.close();
    return;
  }
  try {
    const result = handle(request);
    const merged = result.plan?.merged;
    reply(result, merged && merged.byteLength > 0 ? [merged.buffer as ArrayBuffer] : []);
  } catch (err) {
    reply({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
reply({ type: 'ready' });
