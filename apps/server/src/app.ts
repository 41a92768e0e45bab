import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { resolveLink as defaultResolveLink } from './auth/tokens.js';
import { LocalBus, type RoomBus } from './bus/RoomBus.js';
import { RedisBus } from './bus/RedisBus.js';
import type { Config } from './config.js';
import { registerWebApp } from './http/webApp.js';
import { opsRoutes } from './http/opsRoutes.js';
import { createMetrics, type RelayMetrics } from './metrics.js';
import { syncRoute, type ResolveLink } from './relay/syncRoute.js';
import { FlushScheduler } from './rooms/FlushScheduler.js';
import { RoomManager } from './rooms/RoomManager.js';
import type { RoomSettings } from './rooms/roomTypes.js';
import { PostgresStorage } from './storage/PostgresStorage.js';
import { SqliteStorage } from './storage/SqliteStorage.js';
import type { Storage } from './storage/Storage.js';

/** Replaceable parts of the app (tests, other deployments). */
export interface AppOverrides {
  /** Storage to use instead of the configured one; the caller closes it. */
  storage?: Storage;
  /** Bus between relay instances instead of the configured one; the caller closes it. */
  bus?: RoomBus;
  clock?: () => Date;
  /** Fastify logger option; default `{ level: config.LOG_LEVEL }`. */
  logger?: FastifyServerOptions['logger'];
  /** Room tunables beyond the config (e.g. shorter retry delays in tests). */
  rooms?: Partial<RoomSettings>;
  resolveLink?: ResolveLink;
  newId?: () => string;
  /** Mount the REST API under `/api` (default true). Relay-only tests turn it off. */
  api?: boolean;
}

/** The app's services, reachable as `app.isf` (tests, server.ts). */
export interface IsfServices {
  config: Config;
  storage: Storage;
  rooms: RoomManager;
  metrics: RelayMetrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    isf: IsfServices;
  }
}

/**
 * Builds the ISF Board server: relay at `/sync/:boardId`, REST API under `/api`, `/healthz`,
 * `/readyz`, `/metrics` and the built web app with SPA fallback. Creates every dependency itself
 * (no module-level state). `app.close()` finishes pending writes, closes connections and storage.
 */
export async function buildApp(
  config: Config,
  overrides: AppOverrides = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: overrides.logger ?? { level: config.LOG_LEVEL } });
  const clock = overrides.clock ?? (() => new Date());
  const ownsStorage = overrides.storage === undefined;
  const metrics = createMetrics();
  const storage =
    overrides.storage ??
    createStorage(config, clock, metrics, (err) => {
      // Its pending writes failed (their senders get 4500); /readyz reports it from now on.
      app.log.fatal({ err }, 'SQLite writer thread stopped; updates can no longer be stored');
    });
  const ownsBus = overrides.bus === undefined;
  const bus =
    overrides.bus ?? (config.REDIS_URL ? new RedisBus({ url: config.REDIS_URL }) : new LocalBus());
  const settings: RoomSettings = {
    autoVersionMinutes: config.AUTO_VERSION_MINUTES,
    compactThreshold: config.COMPACT_THRESHOLD,
    maxAwarenessBytes: config.MAX_AWARENESS_BYTES,
    maxAwarenessPerSecond: config.MAX_AWARENESS_PER_SECOND,
    persistRetryDelaysMs: [50, 250, 1000],
    boardRecordIntervalMs: 10_000,
    ...overrides.rooms,
  };
  const rooms = new RoomManager(
    {
      storage,
      log: app.log,
      metrics,
      clock,
      settings,
      newId: overrides.newId ?? randomUUID,
      bus,
      flushes: new FlushScheduler(),
    },
    { pingIntervalMs: config.PING_INTERVAL_MS },
  );
  app.decorate('isf', { config, storage, rooms, metrics });

  // Runs after the websocket plugin's preClose (which flushes every room and closes sockets).
  app.addHook('onClose', async () => {
    await rooms.shutdown();
    if (ownsBus) await bus.close();
    if (ownsStorage) await storage.close();
  });

  await app.register(opsRoutes, { storage, metrics });
  await app.register(syncRoute, {
    rooms,
    storage,
    resolveLink: overrides.resolveLink ?? defaultResolveLink,
    maxMessageBytes: config.MAX_MESSAGE_BYTES,
    maxAwarenessPerSecond: settings.maxAwarenessPerSecond,
  });
  if (overrides.api !== false) {
    // Loaded lazily so that a relay-only app (tests, benchmarks) does not load the API's imports.
    const { apiRoutes } = await import('./api/index.js');
    await app.register(apiRoutes, {
      prefix: '/api',
      storage,
      rooms,
      config,
      clock,
      limits: {
        createPerWindow: config.RATE_LIMIT_CREATE_PER_MINUTE,
        failedAuthPerWindow: config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
        windowMs: 60_000,
      },
    });
  }
  await registerWebApp(app, { root: config.WEB_DIST });
  return app;
}

/**
 * The configured storage: PostgreSQL when `DATABASE_URL` is set (several relay instances share it),
 * else the embedded SQLite file under `DATA_DIR` (writes on its writer thread).
 */
function createStorage(
  config: Config,
  clock: () => Date,
  metrics: RelayMetrics,
  onWriterExit: (err: Error) => void,
): Storage {
  if (config.DATABASE_URL) return new PostgresStorage({ connectionString: config.DATABASE_URL });
  return new SqliteStorage({
    dataDir: config.DATA_DIR,
    synchronous: config.SQLITE_SYNCHRONOUS,
    clock,
    // Writes on a writer thread; group commits on the event loop only while the disk is fast.
    writer: 'worker',
    loopCommitMaxMs: config.SQLITE_LOOP_COMMIT_MAX_MS,
    onWriterExit,
    onCommit: ({ commitMs, where }) => {
      metrics.commitSeconds.observe(commitMs / 1000);
      metrics.commits.inc({ where });
    },
  });
}
