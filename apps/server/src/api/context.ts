import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { Storage } from '../storage/Storage';

/** The Fastify instance the route files register on (zod type provider). */
export type ApiInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Rate limits and sizes of the REST API; every field has a default (see {@link DEFAULT_LIMITS}). */
export interface ApiLimits {
  /** Boards one IP may create (POST /boards and POST /import together) per window. */
  createPerWindow: number;
  /** Failed authentications (no or bad token) one IP may make per window before 429. */
  failedAuthPerWindow: number;
  /** Length of both rate-limit windows, in milliseconds. */
  windowMs: number;
  /** Largest JSON body of the other routes, in bytes; bigger ones are 413. */
  jsonBodyBytes: number;
  /** Largest import body (JSON or CSV), in bytes; bigger ones are 413. */
  importBodyBytes: number;
  /** Most tokens one `Authorization: Bearer t1, t2, …` header may carry. */
  maxTokensPerRequest: number;
}

/**
 * The defaults: 30 creations and 20 failed authentications per IP per minute, 1 MiB JSON bodies,
 * 20 MiB imports.
 */
export const DEFAULT_LIMITS: ApiLimits = {
  createPerWindow: 30,
  failedAuthPerWindow: 20,
  windowMs: 60_000,
  jsonBodyBytes: 1024 * 1024,
  importBodyBytes: 20 * 1024 * 1024,
  maxTokensPerRequest: 200,
};

/** The peek-or-count limiter made by `fastify.createRateLimit()`. */
export type RateLimiter = ReturnType<FastifyInstance['createRateLimit']>;

/** A request hook that enforces a rate limit (made by `fastify.rateLimit()`). */
export type RateLimitHook = ReturnType<FastifyInstance['rateLimit']>;

/** Everything a route file needs: the app's dependencies, the limits and the limiters. */
export interface ApiContext {
  storage: Storage;
  rooms: RoomRegistry;
  config: Config;
  clock: () => Date;
  limits: ApiLimits;
  /** Counts failed authentications per IP (peek with `{ increment: false }`). */
  failedAuth: RateLimiter;
  /** One shared limit for board creation and import, per IP (use as `onRequest` hook). */
  createLimit: RateLimitHook;
}

/** The current time as an ISO string, from the injected clock. */
export function nowIso(ctx: ApiContext): string {
  return ctx.clock().toISOString();
}

/**
 * The URL that opens a board in the web app with a token: `<PUBLIC_URL or request origin>/b/<id>#token=…`.
 * The token sits in the fragment so that it never reaches server logs or `Referer` headers.
 */
export function linkUrl(
  ctx: ApiContext,
  request: FastifyRequest,
  boardId: string,
  token: string,
): string {
  const origin = (ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(
    /\/+$/,
    '',
  );
  return `${origin}/b/${encodeURIComponent(boardId)}#token=${token}`;
}
