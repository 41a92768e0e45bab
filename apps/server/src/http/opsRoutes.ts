import type { FastifyPluginAsync } from 'fastify';
import type { RelayMetrics } from '../metrics.js';
import type { Storage } from '../storage/Storage.js';

/** Options of {@link opsRoutes}. */
export interface OpsRoutesOptions {
  storage: Storage;
  metrics: RelayMetrics;
}

/**
 * `/healthz` (the process answers), `/readyz` (storage reachable; 503 otherwise) and `/metrics`
 * (Prometheus text from the app's own registry).
 */
export const opsRoutes: FastifyPluginAsync<OpsRoutesOptions> = async (
  app,
  { storage, metrics },
) => {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await storage.ping();
      return { status: 'ready' };
    } catch (err) {
      app.log.warn({ err }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', reason: 'storage unreachable' });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
