import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { wallNow, withTimeout } from '../clock';
import { track } from '../lifecycle';
import { BENCH_DIR, benchSource } from '../paths';
import { pinClients } from '../pinning';
import type {
  ClientSpec,
  RequestEnvelope,
  ResponseEnvelope,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void };

/** One forked client worker process and its request/response channel. */
class WorkerHandle {
  private nextRid = 1;
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;

  constructor(
    readonly index: number,
    private readonly child: ChildProcess,
  ) {
    let markReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => {
      markReady = resolve;
    });
    child.on('message', (message: ResponseEnvelope) => {
      if (message.rid === 0) {
        markReady();
        return;
      }
      const waiting = this.pending.get(message.rid);
      if (!waiting) return;
      this.pending.delete(message.rid);
      if (message.response.type === 'error') {
        waiting.reject(new Error(`worker ${index}: ${message.response.message}`));
      } else {
        waiting.resolve(message.response);
      }
    });
    child.on('exit', (code, signal) => {
      for (const waiting of this.pending.values()) {
        waiting.reject(new Error(`worker ${index} exited (${code ?? signal})`));
      }
      this.pending.clear();
    });
  }

  request(request: WorkerRequest, timeoutMs: number): Promise<WorkerResponse> {
    const rid = this.nextRid;
    this.nextRid += 1;
    const answer = new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(rid, { resolve, reject });
    });
    const envelope: RequestEnvelope = { rid, request };
    this.child.send(envelope);
    return withTimeout(answer, timeoutMs, `worker ${this.index}: ${request.type} timed out`);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

/**
 * The client worker processes (forked with tsx, tracked for cleanup). Clients are spread over the
 * workers round-robin; every worker's clock is aligned to the harness clock at start.
 */
export class WorkerPool {
  private constructor(readonly workers: WorkerHandle[]) {}

  /** Forks `count` workers and aligns their clocks. */
  static async start(count: number): Promise<WorkerPool> {
    const workers: WorkerHandle[] = [];
    for (let i = 0; i < count; i += 1) {
      const child = track(
        fork(benchSource('workers/worker.ts'), [], {
          cwd: BENCH_DIR,
          execArgv: ['--import', 'tsx'],
          env: { ...process.env, NODE_NO_WARNINGS: '1' },
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        }),
      );
      if (child.pid !== undefined) pinClients(child.pid);
      workers.push(new WorkerHandle(i, child));
    }
    await withTimeout(
      Promise.all(workers.map((w) => w.ready)),
      60_000,
      'client workers did not start',
    );
    const pool = new WorkerPool(workers);
    await pool.alignClocks();
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** The worker that hosts client number `i` (round-robin). */
  workerOf(i: number): WorkerHandle {
    const worker = this.workers[i % this.workers.length];
    if (!worker) throw new Error('empty worker pool');
    return worker;
  }

  /** Sends `request` to worker `index`. */
  request(index: number, request: WorkerRequest, timeoutMs: number): Promise<WorkerResponse> {
    return this.workerOf(index).request(request, timeoutMs);
  }

  /** Sends one request per worker (built by `build`) and waits for all answers. */
  all(build: (index: number) => WorkerRequest, timeoutMs: number): Promise<WorkerResponse[]> {
    return Promise.all(this.workers.map((w) => w.request(build(w.index), timeoutMs)));
  }

  /**
   * Opens `specs` spread round-robin over the workers (in slices of 50 per worker so hundreds of
   * sockets don't open in one burst) and waits until every client is synced.
   */
  async connect(
    specs: ClientSpec[],
    timeoutMs = 60_000,
  ): Promise<{ ms: number; failed: string[] }> {
    const perWorker: ClientSpec[][] = this.workers.map(() => []);
    specs.forEach((spec, i) => perWorker[i % this.workers.length]?.push(spec));
    const started = wallNow();
    const failed: string[] = [];
    for (let offset = 0; ; offset += 50) {
      const slices = perWorker.map((list) => list.slice(offset, offset + 50));
      if (slices.every((s) => s.length === 0)) break;
      const answers = await this.all(
        (i) => ({ type: 'connect', clients: slices[i] ?? [], timeoutMs }),
        timeoutMs + 5_000,
      );
      for (const answer of answers) if (answer.type === 'connected') failed.push(...answer.failed);
    }
    return { ms: wallNow() - started, failed };
  }

  /** Destroys every client in every worker. */
  async disconnectAll(): Promise<void> {
    await this.all(() => ({ type: 'disconnect' }), 30_000);
  }

  /** Measures each worker's clock offset (min-RTT sample of 30 pings) and tells the worker. */
  private async alignClocks(): Promise<void> {
    for (const worker of this.workers) {
      let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
      for (let i = 0; i < 30; i += 1) {
        const t0 = wallNow();
        const answer = await worker.request({ type: 'clock' }, 5_000);
        const t1 = wallNow();
        if (answer.type !== 'clock') continue;
        const rtt = t1 - t0;
        if (rtt < best.rtt) best = { rtt, offset: (t0 + t1) / 2 - answer.now };
      }
      await worker.request({ type: 'set-offset', offset: best.offset }, 5_000);
    }
  }

  /** Kills every worker. */
  close(): void {
    for (const worker of this.workers) worker.kill();
  }
}
