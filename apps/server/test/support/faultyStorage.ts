import type { Storage } from '../../src/storage/Storage';

/** Knobs of {@link faultyStorage}; change them while a test runs. */
export interface Faults {
  /** Delay before `loadUpdates` reaches the real storage. */
  loadDelayMs: number;
  /** Delay before `appendUpdates` reaches the real storage. */
  appendDelayMs: number;
  /** While true, `appendUpdates` throws (the real storage is not touched). */
  failAppends: boolean;
  /** The next this many `appendUpdates` calls throw (counts down; deterministic transient failure). */
  failNextAppends: number;
  /** While set, `appendUpdates` waits for it before reaching the real storage (see {@link holdAppends}). */
  appendGate: Promise<void> | null;
  /** `appendUpdates` calls currently waiting at the gate. */
  heldAppends: number;
  /** While set, `createVersion` waits for it before reaching the real storage. */
  versionGate: Promise<void> | null;
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
    failNextAppends: 0,
    appendGate: null,
    heldAppends: 0,
    versionGate: null,
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
        if (prop === 'createVersion' && faults.versionGate) await faults.versionGate;
        if (prop === 'appendUpdates') {
          if (faults.appendDelayMs > 0) await sleep(faults.appendDelayMs);
          if (faults.appendGate) {
            faults.heldAppends += 1;
            await faults.appendGate;
            faults.heldAppends -= 1;
          }
          if (faults.failAppends) throw new Error('injected storage failure');
          if (faults.failNextAppends > 0) {
            faults.failNextAppends -= 1;
            throw new Error('injected transient storage failure');
          }
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

/** Makes `appendUpdates` wait until the returned function is called (no timing involved). */
export function holdAppends(faults: Faults): () => void {
  let release!: () => void;
  faults.appendGate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    faults.appendGate = null;
    release();
  };
}
