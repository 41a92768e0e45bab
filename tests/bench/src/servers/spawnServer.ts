import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { track } from '../lifecycle';
import { pinServer } from '../pinning';
import { waitForPort } from '../ports';
import { sleep } from '../clock';
import type { RoomTarget, RunningServer } from './types';

/** How to start one server process. */
export interface LaunchOptions {
  name: string;
  /** Node arguments (script and flags); the binary is always this Node (`process.execPath`). */
  args: string[];
  /** Variables added to the harness's environment; an empty string removes one. */
  env: Record<string, string>;
  cwd: string;
  port: number;
  /** How long to wait for the port to accept connections. */
  startTimeoutMs?: number;
  createRoom(port: number, label: string): Promise<RoomTarget>;
  /** Where the server keeps its data, if anywhere (see {@link RunningServer.dataDir}). */
  dataDir?: string;
  /** Path of a Prometheus metrics page, if the server has one. */
  metricsPath?: string;
}

const LOG_LINES = 40;

async function fetchText(port: number, path: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
}

/**
 * Starts `node <args>` as a tracked child process (so its PID is the server itself: SIGKILL hits
 * the server, not a wrapper), waits until the port accepts TCP connections, and returns a handle.
 */
export async function spawnServer(options: LaunchOptions): Promise<RunningServer> {
  const log: string[] = [];
  // An empty value removes the variable (y-websocket treats even YPERSISTENCE='' as "persist").
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [key, value] of Object.entries(options.env)) {
    if (value === '') delete env[key];
    else env[key] = value;
  }
  // Diagnostics: extra Node options for every server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = track(
    spawn(process.execPath, [...extra, ...options.args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      log.push(line.slice(0, 300));
      if (log.length > LOG_LINES) log.shift();
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const exited = once(child, 'exit').then(() => undefined);
  try {
    if (child.pid !== undefined) pinServer(child.pid);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${options.name}: could not pin to its core: ${(error as Error).message}`);
  }

  try {
    await waitForPort(options.port, options.startTimeoutMs ?? 60_000, alive);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${options.name}: ${(error as Error).message}\n${log.join('\n')}`);
  }
  const pid = child.pid ?? -1;

  const handle: RunningServer = {
    pid,
    port: options.port,
    alive,
    createRoom: (label) => options.createRoom(options.port, label),
    async kill() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      const result = await Promise.race([exited.then(() => 'exited'), sleep(5000)]);
      if (result !== 'exited') {
        child.kill('SIGKILL');
        await exited;
      }
    },
    async restart() {
      await handle.stop();
      return spawnServer(options);
    },
    logTail: () => log.join('\n'),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.metricsPath
      ? { metricsText: () => fetchText(options.port, options.metricsPath ?? '/') }
      : {}),
  };
  return handle;
}
