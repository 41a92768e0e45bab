import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { Storage } from '../storage/Storage';
import { ApiError, apiErrorHandler } from './errors';

/** What the REST API needs from the app. */
export interface ApiDeps {
  storage: Storage;
  rooms: RoomRegistry;
  config: Config;
  clock: () => Date;
}

/**
 * The REST API (register with prefix `/api`): boards, versions, diff, restore, import/export,
 * share links, with OpenAPI at `/api/docs`. Errors are `{ error: { code, message } }`.
 */
export const apiRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, _deps) => {
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  fastify.setErrorHandler(apiErrorHandler);
  fastify.setNotFoundHandler((request) => {
    throw new ApiError(404, 'not-found', `No route ${request.method} ${request.url}`);
  });
  fastify.withTypeProvider<ZodTypeProvider>();
};

export { ApiError } from './errors';
export type { ErrorBody, ErrorIssue } from './errors';
