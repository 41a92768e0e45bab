import * as Y from 'yjs';
import { sleep } from '../clock';
import { openClient } from './clients';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { WorkerState } from './worker';

type Req<T extends WorkerRequest['type']> = Extract<WorkerRequest, { type: T }>;

/**
 * Resolves true as soon as `test()` holds (checked now and after every change of `type`, deep),
 * or false after `timeoutMs`.
 */
interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

function waitFor(type: Observable, test: () => boolean, timeoutMs: number): Promise<boolean> {
  if (test()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = () => {
      if (test()) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean) {
      clearTimeout(timer);
      type.unobserveDeep(observer);
      resolve(ok);
    }
    type.observeDeep(observer);
  });
}

/** S4: writes `nodes` node records (a Y.Map each, with a Y.Text title) in batches of 500. */
export async function seedNodes(state: WorkerState, request: Req<'seed'>): Promise<WorkerResponse> {
  const client = state.clients.get(request.key);
  if (!client) return { type: 'error', message: `no client ${request.key}` };
  const nodes = client.doc.getMap<Y.Map<unknown>>('nodes');
  for (let start = 0; start < request.nodes; start += 500) {
    client.doc.transact(() => {
      for (let i = start; i < Math.min(request.nodes, start + 500); i += 1) {
        const id = `n${i}`;
        const node = new Y.Map<unknown>();
        node.set('id', id);
        node.set('kind', i % 25 === 0 ? 'output' : 'activity');
        node.set('title', new Y.Text(`Activity ${i}: support the national authorities`));
        node.set('lead', `actor-${i % 90}`);
        node.set('horizon', ['short', 'mid', 'long'][i % 3]);
        node.set('x', (i % 100) * 220);
        node.set('y', Math.floor(i / 100) * 140);
        nodes.set(id, node);
      }
    });
    // Let the socket drain between batches.
    await sleep(5);
  }
  return { type: 'ok' };
}

/** S4: a new client joins; time from construction until synced with every node present. */
export async function joinBoard(state: WorkerState, request: Req<'join'>): Promise<WorkerResponse> {
  const started = state.now();
  const client = openClient(`join-${started}`, request.target);
  const nodes = client.doc.getMap<unknown>('nodes');
  let timer: NodeJS.Timeout | undefined;
  const synced = await Promise.race([
    client.synced.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), request.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  const complete =
    synced && (await waitFor(nodes, () => nodes.size >= request.expectNodes, request.timeoutMs));
  const ms = complete ? state.now() - started : null;
  const count = nodes.size;
  client.destroy();
  return { type: 'joined', ms, nodes: count };
}

/** S5: each writer puts `perClient` entries in `log` (one transaction each), then leaves. */
export async function writeLog(
  state: WorkerState,
  request: Req<'write-log'>,
): Promise<WorkerResponse> {
  let sent = 0;
  for (const key of request.keys) {
    const client = state.clients.get(key);
    if (!client) continue;
    const log = client.doc.getMap<number>('log');
    for (let i = 0; i < request.perClient; i += 1) {
      log.set(`${key}:${i}`, i);
      sent += 1;
    }
  }
  const lastSentAt = state.now();
  // Leave: the provider closes its socket after the queued frames (TCP keeps the order).
  for (const key of request.keys) {
    state.clients.get(key)?.destroy();
    state.clients.delete(key);
  }
  return { type: 'written', sent, lastSentAt };
}

/**
 * S5: waits until observer `key` has `expected` log entries (all relayed), then SIGKILLs the
 * server `killAfterMs` later (0: in the same callback) and leaves without reconnecting.
 */
export async function watchLogThenKill(
  state: WorkerState,
  request: Req<'watch-log-then-kill'>,
): Promise<WorkerResponse> {
  const client = state.clients.get(request.key);
  if (!client) return { type: 'error', message: `no client ${request.key}` };
  const log = client.doc.getMap<number>('log');
  let at: number | null = null;
  let killedAt: number | null = null;
  const kill = () => {
    try {
      process.kill(request.killPid, 'SIGKILL');
      killedAt = state.now();
    } catch {
      // already gone
    }
  };
  const seenAll = await waitFor(
    log,
    () => {
      if (log.size < request.expected) return false;
      at = state.now();
      if (request.killAfterMs === 0) kill();
      return true;
    },
    request.timeoutMs,
  );
  if (!seenAll) at = null;
  if (request.killAfterMs > 0 || !seenAll) {
    await sleep(seenAll ? request.killAfterMs : 0);
    kill();
  }
  const seen = log.size;
  client.destroy();
  state.clients.delete(request.key);
  return { type: 'watched', at, seen, killedAt };
}

/** S5: a fresh client syncs with the restarted server, waits, counts what came back. */
export async function countLog(
  _state: WorkerState,
  request: Req<'count-log'>,
): Promise<WorkerResponse> {
  const client = openClient(`count-${Date.now()}`, request.target);
  let timer: NodeJS.Timeout | undefined;
  const synced = await Promise.race([
    client.synced.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), request.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (synced) await sleep(request.settleMs);
  const count = synced ? client.doc.getMap('log').size : null;
  client.destroy();
  return { type: 'counted', count };
}

/** S6: harness time at which every client in `keys` (in this worker) sees `probe[from] === value`. */
export async function probeWatch(
  state: WorkerState,
  request: Req<'probe-watch'>,
): Promise<WorkerResponse> {
  const times = await Promise.all(
    request.keys.map(async (key) => {
      const client = state.clients.get(key);
      if (!client) return Number.NaN;
      const probe = client.doc.getMap<number>('probe');
      const ok = await waitFor(
        probe,
        () => probe.get(request.from) === request.value,
        request.timeoutMs,
      );
      return ok ? state.now() : null;
    }),
  );
  if (times.some((t) => t === null)) return { type: 'probe', at: null };
  const present = times.filter((t): t is number => t !== null && Number.isFinite(t));
  return { type: 'probe', at: present.length > 0 ? Math.max(...present) : state.now() };
}
