import { execFileSync } from 'node:child_process';

/**
 * Core pinning (Linux `taskset`): the server under test gets core 0 to itself, the client worker
 * processes and the harness share the other cores — the "clients in worker processes so
 * they don't share the server's core". Without it, on a 2-core machine three busy processes
 * compete for two cores and the scheduler's time slices show up in every p99.
 */
export interface CorePlan {
  /** CPU list (taskset syntax) of the server process, all its threads. */
  server: string;
  /** CPU list of the harness and the client worker processes. */
  clients: string;
}

/** The plan for a machine with `cores` cores; null below 2 (nothing to separate). */
export function corePlan(cores: number): CorePlan | null {
  if (cores < 2) return null;
  return { server: '0', clients: cores === 2 ? '1' : `1-${cores - 1}` };
}

let active: CorePlan | null = null;

/**
 * Places the processes of this run: with `wanted` and a core plan for `cores`, pins this
 * (harness) process to the clients' cores and turns on pinning of servers and workers started
 * later. Returns how they are placed, for the report's machine line (pinning stays off, and says
 * why, when not wanted, below 2 cores or when `taskset` fails).
 */
export function placeProcesses(wanted: boolean, cores: number, workers: number): string {
  const plan = corePlan(cores);
  const shared = (why: string) =>
    `${workers} client worker processes + 1 server process share these cores (no pinning: ${why})`;
  if (!wanted) return shared('turned off (--no-pin)');
  if (!plan) return shared('fewer than 2 cores');
  try {
    pinProcess(process.pid, plan.clients);
  } catch (error) {
    return shared(`taskset failed: ${(error as Error).message.split('\n')[0]}`);
  }
  active = plan;
  const clientCores = plan.clients.includes('-') ? 'cores' : 'core';
  return (
    `server pinned to core ${plan.server}, harness and ${workers} client worker processes to ` +
    `${clientCores} ${plan.clients} (taskset)`
  );
}

/** Pins every thread of process `pid` to `cpus` (threads it starts later inherit it). */
export function pinProcess(pid: number, cpus: string): void {
  execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpus, String(pid)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Pins a server process when pinning is on (a failure is an error: the run would be unequal). */
export function pinServer(pid: number): void {
  if (active) pinProcess(pid, active.server);
}

/** Pins a client worker process when pinning is on. */
export function pinClients(pid: number): void {
  if (active) pinProcess(pid, active.clients);
}
