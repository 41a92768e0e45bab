import type { ChildProcess } from 'node:child_process';

/**
 * Every child process the harness starts (servers and client workers) is registered here and
 * killed with SIGKILL when the harness exits — normally, on Ctrl-C, on SIGTERM, on an uncaught
 * error, or when the overall deadline passes.
 */
const children = new Set<ChildProcess>();
let installed = false;

/** Registers a child so it is killed when the harness exits. */
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Kills every tracked child (SIGKILL) that is still running. */
export function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}

/**
 * Installs the exit handlers once, and a hard deadline after which the harness kills everything
 * and exits with status 2 (every loop in the harness is also bounded on its own).
 */
export function installExitHandlers(deadlineMs: number): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nrelay-bench: ${signal}, stopping every child process`);
      killAll();
      process.exit(130);
    });
  }
  process.on('uncaughtException', (error) => {
    console.error('relay-bench: uncaught error', error);
    killAll();
    process.exit(1);
  });
  process.on('unhandledRejection', (error) => {
    console.error('relay-bench: unhandled rejection', error);
    killAll();
    process.exit(1);
  });
  const timer = setTimeout(() => {
    console.error(`relay-bench: deadline of ${Math.round(deadlineMs / 1000)} s passed, aborting`);
    killAll();
    process.exit(2);
  }, deadlineMs);
  timer.unref();
}
