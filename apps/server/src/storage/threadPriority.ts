import os from 'node:os';

/**
 * Gives the calling thread the lowest CPU priority (nice 19), for background work that must not
 * take CPU time from the event loop: on a busy core the scheduler then runs it only in the time
 * the relay leaves idle, instead of sharing the core half and half while it runs. Linux only —
 * there `setpriority` with pid 0 changes the calling thread alone; elsewhere it would slow the
 * whole process, so nothing is changed.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {
    // not permitted (a sandbox): the work still runs, at normal priority
  }
}
