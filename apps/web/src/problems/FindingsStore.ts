import { useSyncExternalStore } from 'react';
import {
  analyzeBoard,
  compareFindings,
  findingsByNode,
  type Board,
  type Finding,
} from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';

/** How long to wait after the last change before re-analysing (ms). */
export const ANALYZE_DEBOUNCE_MS = 150;

/** The findings of a board at one moment, with a per-node index for canvas badges. */
export interface FindingsSnapshot {
  findings: readonly Finding[];
  byNode: ReadonlyMap<string, Finding[]>;
}

/** The minimum of a store the analysis needs (structurally a `BoardStore`). */
export interface AnalyzableSource {
  /** The board plus the links left out of it because an end is missing (DANGLING-EDGE findings). */
  readReport(): { board: Board; dangling: Finding[] };
  subscribe(listener: (changes: unknown) => void): () => void;
}

/**
 * Live analysis of one board: runs `analyzeBoard` once subscribed and again, debounced, after
 * every change set; adds the store's DANGLING-EDGE findings (links whose end is missing are left
 * out of `read()`, so the analysis cannot see them). Shared by the problems panel and the canvas so the board is analysed once.
 */
export class FindingsStore {
  private snapshot: FindingsSnapshot = { findings: [], byNode: new Map() };
  private readonly listeners = new Set<() => void>();
  private unsubscribeSource: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly source: AnalyzableSource,
    private readonly now: () => Date = () => new Date(),
    private readonly debounceMs = ANALYZE_DEBOUNCE_MS,
  ) {}

  get = (): FindingsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.unsubscribeSource === null) {
      this.unsubscribeSource = this.source.subscribe(() => this.schedule());
      this.recompute();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /** Analyses now (cancelling a pending debounced run). */
  recompute(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const { board, dangling } = this.source.readReport();
    const findings = analyzeBoard(board, { now: this.now() });
    if (dangling.length > 0) {
      findings.push(...dangling);
      findings.sort(compareFindings);
    }
    this.snapshot = { findings, byNode: findingsByNode(findings) };
    for (const l of Array.from(this.listeners)) l();
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.recompute(), this.debounceMs);
  }

  private stop(): void {
    this.unsubscribeSource?.();
    this.unsubscribeSource = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

const stores = new WeakMap<BoardSession, FindingsStore>();

/** The shared findings store of `session`. */
export function findingsStoreFor(session: BoardSession): FindingsStore {
  let store = stores.get(session);
  if (!store) {
    store = new FindingsStore(session.store);
    stores.set(session, store);
  }
  return store;
}

/**
 * Live findings of the board (re-analysed ~150 ms after changes), e.g. for severity counts in the
 * canvas toolbar.
 */
export function useFindings(session: BoardSession): FindingsSnapshot {
  const store = findingsStoreFor(session);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
