import { buildApp } from './app.js';
import { loadConfig } from './config.js';

/**
 * Entry point: parses the config once from the environment, listens, and shuts down gracefully on
 * SIGTERM/SIGINT (stop accepting, finish every room's writes, close connections and storage, exit 0).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await buildApp(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown timed out; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
