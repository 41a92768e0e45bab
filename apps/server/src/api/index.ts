import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { Storage } from '../storage/Storage';
import { boardRoutes } from './boards';
import type { ApiContext, ApiLimits } from './context';
import { DEFAULT_LIMITS } from './context';
import { ApiError, apiErrorHandler } from './errors';
import { importExportRoutes } from './importExport';
import { linkRoutes } from './links';
import { versionRoutes } from './versions';

/** What the REST API needs from the app. */
export interface ApiDeps {
  storage: Storage;
  rooms: RoomRegistry;
  config: Config;
  clock: () => Date;
  /** Overrides of the rate limits and sizes (tests, deployments); see {@link DEFAULT_LIMITS}. */
  limits?: Partial<ApiLimits>;
}

/**
 * The REST API; register it with prefix `/api`. Boards, versions, diff, restore, import/export and
 * share links, authenticated with `Authorization: Bearer <token>[, <token>…]`. OpenAPI is served at
 * `/api/docs` (UI) and `/api/docs/json`. Every error is `{ error: { code, message, issues? } }`.
 * The plugin is encapsulated: its compilers, error handler and rate limits apply to its routes only.
 */
export const apiRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  fastify.setErrorHandler(apiErrorHandler);
  // Fastify's own JSON parser (prototype-poisoning safe), with the API's body limit.
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: limits.jsonBodyBytes },
    fastify.getDefaultJsonParser('error', 'error'),
  );
  fastify.setNotFoundHandler((request) => {
    throw new ApiError(404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`);
  });

  await fastify.register(swagger, {
    openapi: {
      info: {
        title: 'ISF Board API',
        description:
          'Boards, versions, diff, restore, import/export and share links of ISF Board. Authenticate with a link token: `Authorization: Bearer <token>`.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await fastify.register(swaggerUi, { routePrefix: '/docs' });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'rate-limited', `Too many requests; retry in ${context.after}`),
  });

  const ctx: ApiContext = {
    storage: deps.storage,
    rooms: deps.rooms,
    config: deps.config,
    clock: deps.clock,
    limits,
    failedAuth: fastify.createRateLimit({
      max: limits.failedAuthPerWindow,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `failed-auth:${request.ip}`,
    }),
    createLimit: fastify.rateLimit({
      max: limits.createPerWindow,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `create:${request.ip}`,
    }),
  };
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  await boardRoutes(app, ctx);
  await versionRoutes(app, ctx);
  await linkRoutes(app, ctx);
  await importExportRoutes(app, ctx);
};

export { ApiError } from './errors';
export type { ErrorBody, ErrorIssue } from './errors';
export { DEFAULT_LIMITS } from './context';
export type { ApiLimits } from './context';
