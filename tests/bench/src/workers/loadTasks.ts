import type * as Y from 'yjs';
import type { BenchClient } from './clients';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { WorkerState } from './worker';

/** The value every load write puts under the writer's key in the `bench` map. */
interface Stamp {
  /** Send time, harness clock (ms). */
  t: number;
  /** Sequence number of this writer's updates. */
  s: number;
}

function isStamp(value: unknown): value is Stamp {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Stamp).t === 'number' &&
    typeof (value as Stamp).s === 'number'
  );
}

function pick(state: WorkerState, keys: string[]): BenchClient[] {
  const found: BenchClient[] = [];
  for (const key of keys) {
    const client = state.clients.get(key);
    if (client) found.push(client);
  }
  return found;
}

/** Waits until harness time `at` (bounded: at most 60 s). */
function until(state: WorkerState, at: number): Promise<void> {
  const wait = Math.min(60_000, Math.max(0, at - state.now()));
  return new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * S1/S3/S4 load: paced writes from every client in `keys`; latency samples from every remote
 * `bench` write each client observes (send time → observer callback, harness clock).
 */
export async function runPaced(
  state: WorkerState,
  request: Extract<WorkerRequest, { type: 'paced' }>,
): Promise<WorkerResponse> {
  const clients = pick(state, request.keys);
  const samples: number[] = [];
  let sent = 0;
  const end = request.startAt + request.durationMs;
  const interval = 1000 / request.ratePerSec;
  const detach: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();

  for (const client of clients) {
    const map = client.doc.getMap<unknown>('bench');
    const observer = (event: Y.YMapEvent<unknown>, tx: Y.Transaction) => {
      if (tx.local) return;
      const at = state.now();
      for (const key of event.keysChanged) {
        if (key === client.key) continue;
        const value = map.get(key);
        if (isStamp(value) && value.t >= request.startAt) samples.push(at - value.t);
      }
    };
    map.observe(observer);
    detach.push(() => map.unobserve(observer));

    // Each writer starts at a random phase inside the first interval, then keeps a drift-free
    // schedule; the number of writes is bounded by the duration.
    const phase = Math.random() * interval;
    let n = 0;
    const schedule = () => {
      const next = request.startAt + phase + n * interval;
      if (next >= end) return;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          map.set(client.key, { t: state.now(), s: n });
          sent += 1;
          n += 1;
          schedule();
        },
        Math.max(0, next - state.now()),
      );
      timers.add(timer);
    };
    schedule();
  }

  await until(state, end + request.drainMs);
  for (const timer of timers) clearTimeout(timer);
  for (const off of detach) off();
  return {
    type: 'paced',
    samples: samples.map((v) => Math.round(v * 1000) / 1000),
    sent,
    received: samples.length,
  };
}

/**
 * S2 burst: every client in `keys` writes `count` updates back to back at `startAt`; the answer
 * is the harness time at which the last of this worker's clients had seen the final update of
 * every writer in `expectFrom` (Yjs applies one writer's updates in order, so seeing its last
 * sequence number means all of its updates are integrated).
 */
export async function runBurst(
  state: WorkerState,
  request: Extract<WorkerRequest, { type: 'burst' }>,
): Promise<WorkerResponse> {
  const clients = pick(state, request.keys);
  if (clients.length === 0) return { type: 'burst', convergedAt: null, missing: 0 };
  const last = request.count - 1;
  const expected = new Set(request.expectFrom);
  const detach: (() => void)[] = [];
  const convergedAt = new Map<string, number>();
  let resolveAll: () => void = () => undefined;
  const allDone = new Promise<void>((resolve) => {
    resolveAll = resolve;
  });

  for (const client of clients) {
    const map = client.doc.getMap<unknown>('bench');
    const done = new Set<string>();
    const check = (keys: Iterable<string>) => {
      for (const key of keys) {
        if (!expected.has(key)) continue;
        const value = map.get(key);
        if (isStamp(value) && value.s === last) done.add(key);
      }
      if (done.size === expected.size && !convergedAt.has(client.key)) {
        convergedAt.set(client.key, state.now());
        if (convergedAt.size === clients.length) resolveAll();
      }
    };
    const observer = (event: Y.YMapEvent<unknown>) => check(event.keysChanged);
    map.observe(observer);
    detach.push(() => map.unobserve(observer));
  }

  await until(state, request.startAt);
  for (const client of clients) {
    const map = client.doc.getMap<unknown>('bench');
    for (let s = 0; s < request.count; s += 1) map.set(client.key, { t: state.now(), s });
  }

  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    allDone,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, request.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  for (const off of detach) off();
  const missing = clients.length - convergedAt.size;
  return {
    type: 'burst',
    convergedAt: missing === 0 ? Math.max(...convergedAt.values()) : null,
    missing,
  };
}
