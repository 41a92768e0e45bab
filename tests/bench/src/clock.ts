import { performance } from 'node:perf_hooks';

/**
 * The harness's clock: `performance.timeOrigin + performance.now()`, a sub-millisecond wall-clock
 * reading. Each process's `timeOrigin` is taken from the wall clock when it starts, so two
 * processes can disagree by up to about a millisecond; the parent therefore measures each worker's
 * offset over IPC (the sample with the smallest round trip wins, NTP-style) and the worker adds
 * that offset, so every timestamp written into a document is in the parent's time base.
 */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Sleeps `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects with `message` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
