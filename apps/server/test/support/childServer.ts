/**
 * A relay in its own process for the SIGKILL durability test: config from the environment
 * (DATA_DIR, …), listens on an ephemeral port and prints `PORT <n>` on stdout.
 */
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';

const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env });
const app = await buildApp(config, { api: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('no port');
process.stdout.write(`PORT ${address.port}\n`);
