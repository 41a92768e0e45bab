import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the built web app lives by default: `apps/web/dist`, resolved from this package. */
export const DEFAULT_WEB_DIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../web/dist',
);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const intFromEnv = (fallback: number, min = 0) =>
  z.coerce.number().int().min(min).default(fallback);

/** The zod schema of the server's environment. Unknown variables are ignored. */
export const ConfigSchema = z.object({
  PORT: intFromEnv(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Largest WebSocket message accepted; bigger ones close the connection with 1009. */
  MAX_MESSAGE_BYTES: intFromEnv(8 * 1024 * 1024, 1024),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Reserved for the PostgreSQL adapter. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Reserved for Redis pub/sub between relay instances. */
  REDIS_URL: z.string().min(1).optional(),
  /** Public origin used to build link URLs (e.g. `https://isf.example.org`). */
  PUBLIC_URL: z.url().optional(),
  WEB_DIST: z.string().min(1).default(DEFAULT_WEB_DIST),
  /** At most one automatic version per this many minutes of editing. 0 disables them. */
  AUTO_VERSION_MINUTES: z.coerce.number().min(0).default(30),
  /** SQLite `synchronous` pragma: FULL (default) survives power loss; NORMAL only process crashes. */
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /**
   * SQLite group commits run on the event loop (no round trip to the writer thread) while they
   * average at most this many milliseconds, fsync included; slower disks commit on the writer
   * thread. 0: always on the writer thread.
   */
  SQLITE_LOOP_COMMIT_MAX_MS: z.coerce.number().min(0).max(1000).default(5),
  /** Interval of WebSocket pings; a connection without a pong by the next ping is terminated. */
  PING_INTERVAL_MS: intFromEnv(30_000, 10),
  /** Compact a board's update log once it holds more rows than this. */
  COMPACT_THRESHOLD: intFromEnv(500, 2),
  /** Largest single awareness (presence) message; bigger ones close the connection with 4429. */
  MAX_AWARENESS_BYTES: intFromEnv(16 * 1024, 64),
  /** Awareness messages one connection may send per second before it is closed with 4429. */
  MAX_AWARENESS_PER_SECOND: intFromEnv(60, 1),
  /** Boards one IP may create (POST /api/boards and /api/import together) per minute. */
  RATE_LIMIT_CREATE_PER_MINUTE: intFromEnv(30, 1),
  /** Failed authentications one IP may make per minute before it is locked out (429). */
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: intFromEnv(20, 1),
});

/** The parsed server configuration (see README for the table). */
export type Config = z.infer<typeof ConfigSchema>;

/** Thrown by {@link loadConfig} with a readable list of the invalid variables. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the configuration once from an environment object (usually `process.env`). Empty strings
 * count as unset. Throws {@link ConfigError} when a variable is invalid.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data;
}
