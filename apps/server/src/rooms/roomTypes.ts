import type { FastifyBaseLogger } from 'fastify';
import type { RoomBus } from '../bus/RoomBus.js';
import type { RelayMetrics } from '../metrics.js';
import type { Storage } from '../storage/Storage.js';
import type { FlushScheduler } from './FlushScheduler.js';

/** The logger methods the room core uses (pino / Fastify's logger fit). */
export type RelayLogger = Pick<FastifyBaseLogger, 'debug' | 'info' | 'warn' | 'error'>;

/** Tunables of the rooms (from `Config`, overridable in tests). */
export interface RoomSettings {
  /** At most one automatic version per this many minutes of editing; 0 disables. */
  autoVersionMinutes: number;
  /** Compact once a board has more update rows than this. */
  compactThreshold: number;
  maxAwarenessBytes: number;
  maxAwarenessPerSecond: number;
  /** Delays between retries of a failed write; after the last one the write fails. */
  persistRetryDelaysMs: number[];
  /**
   * At most one update of the board record (`updatedAt`, title changed live) per this many
   * milliseconds per board; the record is also updated when the room unloads.
   */
  boardRecordIntervalMs: number;
}

/** What every room shares. */
export interface RoomContext {
  storage: Storage;
  log: RelayLogger;
  metrics: RelayMetrics;
  clock: () => Date;
  settings: RoomSettings;
  newId: () => string;
  /** Carries stored updates and presence to other relay instances (`LocalBus` when alone). */
  bus: RoomBus;
  /** Runs every room's write flush of one event-loop turn together (one group commit). */
  flushes: FlushScheduler;
}
