import type { RoomTarget } from '../servers/types';

/** One client to open in a worker: `key` is unique across the whole run (e.g. `w0c12`). */
export interface ClientSpec {
  key: string;
  target: RoomTarget;
}

/** Requests from the harness to a client worker (each answered once, by `rid`). */
export type WorkerRequest =
  | { type: 'clock' }
  | { type: 'set-offset'; offset: number }
  /** Opens the clients and answers when all are synced (or `timeoutMs` passed). */
  | { type: 'connect'; clients: ClientSpec[]; timeoutMs: number }
  /** Destroys the given clients (all when omitted). */
  | { type: 'disconnect'; keys?: string[] }
  /**
   * S1/S3/S4: from `startAt` (harness clock) each of this worker's clients in `keys` writes
   * `bench[key] = { t, s }` `ratePerSec` times a second for `durationMs`; every client records
   * the latency of each remote `bench` write it observes. Answers after `durationMs + drainMs`.
   */
  | {
      type: 'paced';
      keys: string[];
      startAt: number;
      durationMs: number;
      ratePerSec: number;
      drainMs: number;
    }
  /**
   * S2: at `startAt` each client in `keys` writes `bench[key] = { t, s }` for s = 0..count-1 as
   * fast as it can; answers with the time at which every one of this worker's clients has seen
   * s = count-1 from every key in `expectFrom` (or null after `timeoutMs`).
   */
  | {
      type: 'burst';
      keys: string[];
      expectFrom: string[];
      startAt: number;
      count: number;
      timeoutMs: number;
    }
  /** S4: client `key` writes `nodes` node records into its doc (batches of 500). */
  | { type: 'seed'; key: string; nodes: number }
  /** S4: a brand-new client joins; answers with ms from construction to synced with all nodes. */
  | { type: 'join'; target: RoomTarget; expectNodes: number; timeoutMs: number }
  /**
   * S5: each client in `keys` writes `perClient` entries `log['<key>:<i>'] = i` (one transaction
   * each), then is destroyed; answers when done.
   */
  | { type: 'write-log'; keys: string[]; perClient: number }
  /**
   * S5: answers when client `key` has `expected` entries in `log` (with the harness time at
   * which it did), then kills `killPid` with SIGKILL after `killAfterMs` (0: immediately, in the
   * same tick), and destroys the client without reconnecting.
   */
  | {
      type: 'watch-log-then-kill';
      key: string;
      expected: number;
      killPid: number;
      killAfterMs: number;
      timeoutMs: number;
    }
  /** S5: a fresh client syncs, waits `settleMs`, counts `log` entries, disconnects. */
  | { type: 'count-log'; target: RoomTarget; settleMs: number; timeoutMs: number }
  /** S6: client `key` writes `probe[key] = value`. */
  | { type: 'probe-write'; key: string; value: number }
  /** S6: answers with the harness time at which all `keys` here see `probe[from] === value`. */
  | { type: 'probe-watch'; keys: string[]; from: string; value: number; timeoutMs: number };

/** The answer to one request. */
export type WorkerResponse =
  | { type: 'clock'; now: number }
  | { type: 'ok' }
  | { type: 'connected'; ms: number; failed: string[] }
  | { type: 'paced'; samples: number[]; sent: number; received: number }
  | { type: 'burst'; convergedAt: number | null; missing: number }
  | { type: 'joined'; ms: number | null; nodes: number }
  | { type: 'written'; sent: number; lastSentAt: number }
  | { type: 'watched'; at: number | null; seen: number; killedAt: number | null }
  | { type: 'counted'; count: number | null }
  | { type: 'probe'; at: number | null }
  | { type: 'error'; message: string };

/** Envelope on the IPC channel. */
export interface RequestEnvelope {
  rid: number;
  request: WorkerRequest;
}

/** Envelope on the IPC channel. */
export interface ResponseEnvelope {
  rid: number;
  response: WorkerResponse;
}
