import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Options of {@link registerWebApp}. */
export interface WebAppOptions {
  /** The built web app (`apps/web/dist`). */
  root: string;
}

/** Paths that never fall back to the SPA's index.html. */
const NOT_SPA = /^\/(api|sync|metrics|healthz|readyz)(\/|$|\?)/;

/** Shown when the web app has not been built. */
export const WEB_NOT_BUILT_MESSAGE =
  'ISF Board server is running, but the web app is not built. Build it with `npm run build -w apps/web` (or `npm run build` at the repository root), then restart the server.';

/**
 * Serves the built web app with SPA fallback: unknown GET paths that accept HTML get `index.html`
 * (client-side routes such as `/b/:boardId`). Without a build, `/` explains how to build it (503).
 * Registered on the root instance (not encapsulated) so its not-found handler is the app's.
 */
export async function registerWebApp(app: FastifyInstance, { root }: WebAppOptions): Promise<void> {
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn({ root }, 'web app not built; serving a notice at /');
    app.get('/', async (_request, reply) =>
      reply.code(503).type('text/plain; charset=utf-8').send(WEB_NOT_BUILT_MESSAGE),
    );
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const accepts = request.headers.accept ?? '';
    if (request.method === 'GET' && !NOT_SPA.test(request.url) && accepts.includes('text/html')) {
      return reply.sendFile('index.html');
    }
    return reply
      .code(404)
      .send({ error: { code: 'not-found', message: `No route ${request.method} ${request.url}` } });
  });
}
