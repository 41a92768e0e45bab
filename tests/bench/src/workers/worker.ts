/**
 * Client worker process (forked by the harness). Hosts many benchmark clients and answers the
 * harness's requests over IPC (see ./protocol). Exits when the harness goes away.
 */
import { wallNow } from '../clock';
import { openClient } from './clients';
import type { BenchClient } from './clients';
import type { RequestEnvelope, WorkerRequest, WorkerResponse } from './protocol';
import { runBurst, runPaced } from './loadTasks';
import {
  countLog,
  joinBoard,
  probeWatch,
  seedNodes,
  watchLogThenKill,
  writeLog,
} from './checkTasks';

/** Per-worker state shared by the task modules. */
export interface WorkerState {
  clients: Map<string, BenchClient>;
  /** Harness time: this process's wall clock plus the measured offset. */
  now(): number;
}

let offset = 0;
const state: WorkerState = {
  clients: new Map(),
  now: () => wallNow() + offset,
};

async function connect(
  specs: Extract<WorkerRequest, { type: 'connect' }>,
): Promise<WorkerResponse> {
  const started = wallNow();
  const opened = specs.clients.map((spec) => {
    const client = openClient(spec.key, spec.target);
    state.clients.set(spec.key, client);
    return client;
  });
  const failed: string[] = [];
  await Promise.all(
    opened.map(async (client) => {
      let timer: NodeJS.Timeout | undefined;
      const ok = await Promise.race([
        client.synced.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), specs.timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!ok) failed.push(client.key);
    }),
  );
  return { type: 'connected', ms: wallNow() - started, failed };
}

function disconnect(keys: string[] | undefined): WorkerResponse {
  for (const key of keys ?? [...state.clients.keys()]) {
    state.clients.get(key)?.destroy();
    state.clients.delete(key);
  }
  return { type: 'ok' };
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'clock':
      return { type: 'clock', now: wallNow() };
    case 'set-offset':
      offset = request.offset;
      return { type: 'ok' };
    case 'connect':
      return connect(request);
    case 'disconnect':
      return disconnect(request.keys);
    case 'paced':
      return runPaced(state, request);
    case 'burst':
      return runBurst(state, request);
    case 'seed':
      return seedNodes(state, request);
    case 'join':
      return joinBoard(state, request);
    case 'write-log':
      return writeLog(state, request);
    case 'watch-log-then-kill':
      return watchLogThenKill(state, request);
    case 'count-log':
      return countLog(state, request);
    case 'probe-write': {
      const client = state.clients.get(request.key);
      client?.doc.getMap('probe').set(request.key, request.value);
      return { type: 'ok' };
    }
    case 'probe-watch':
      return probeWatch(state, request);
  }
}

process.on('message', (message: RequestEnvelope) => {
  handle(message.request)
    .catch((error: unknown): WorkerResponse => ({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }))
    .then((response) => process.send?.({ rid: message.rid, response }));
});
// The harness went away (exit, crash, Ctrl-C): stop at once.
process.on('disconnect', () => process.exit(0));
process.send?.({ rid: 0, response: { type: 'ok' } });
