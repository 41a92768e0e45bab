/** Timer functions a throttle uses; injectable for tests. */
export interface ThrottleTimer {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A throttled function plus controls. */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Delivers a pending trailing call now. */
  flush(): void;
  /** Drops a pending trailing call. */
  cancel(): void;
}

const defaultTimer: ThrottleTimer = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Throttles `fn` to at most `hz` calls per second (default 10, for cursor and drag presence). The
 * first call runs at once; calls inside the interval are collapsed and the latest arguments are
 * delivered at the end of it (trailing call), so the final position always arrives.
 */
export function createThrottle<A extends unknown[]>(
  fn: (...args: A) => void,
  hz = 10,
  timer: ThrottleTimer = defaultTimer,
): Throttled<A> {
  const interval = 1000 / hz;
  let last = Number.NEGATIVE_INFINITY;
  let pending: A | null = null;
  let handle: unknown = null;
  const fire = (): void => {
    handle = null;
    if (pending === null) return;
    const args = pending;
    pending = null;
    last = timer.now();
    fn(...args);
  };
  const throttled = (...args: A): void => {
    const now = timer.now();
    if (handle === null && now - last >= interval) {
      last = now;
      pending = null;
      fn(...args);
      return;
    }
    pending = args;
    if (handle === null) handle = timer.setTimeout(fire, Math.max(0, interval - (now - last)));
  };
  throttled.flush = (): void => {
    if (handle !== null) timer.clearTimeout(handle);
    fire();
  };
  throttled.cancel = (): void => {
    if (handle !== null) timer.clearTimeout(handle);
    handle = null;
    pending = null;
  };
  return throttled;
}
