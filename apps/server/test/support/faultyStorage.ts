import type { Storage } from '../../src/storage/Storage';

/** Knobs of {@link faultyStorage}; change them while a test runs. */
export interface Faults {
  /** Delay before `loadUpdates` reaches the real storage. */
  loadDelayMs: number;
  /** Delay before `appendUpdates` reaches the real storage. */
  appendDelayMs: number;
  /** While true, `appendUpdates` throws (the real storage is not touched). */
  failAppends: boolean;
  /** Calls per method name. */
  calls: Record<string, number>;
  /** `performance.now()` when each successful `appendUpdates` resolved, with its updates. */
  appended: { at: number; updates: Uint8Array[] }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wraps the REAL storage to inject delays and failures (never a mock of the engine): every call
 * still goes to `inner`, except failed appends.
 */
export function faultyStorage(inner: Storage): { storage: Storage; faults: Faults } {
  const faults: Faults = {
    loadDelayMs: 0,
    appendDelayMs: 0,
    failAppends: false,
    calls: {},
    appended: [],
  };
  const storage = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        faults.calls[prop] = (faults.calls[prop] ?? 0) + 1;
        if (prop === 'loadUpdates' && faults.loadDelayMs > 0) await sleep(faults.loadDelayMs);
        if (prop === 'appendUpdates') {
          if (faults.appendDelayMs > 0) await sleep(faults.appendDelayMs);
          if (faults.failAppends) throw new Error('injected storage failure');
          await method.apply(target, args);
          faults.appended.push({ at: performance.now(), updates: args[1] as Uint8Array[] });
          return undefined;
        }
        return method.apply(target, args);
      };
    },
  });
  return { storage, faults };
}
