import pg from 'pg';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RedisBus } from '../src/bus/RedisBus';
import { PostgresStorage } from '../src/storage/PostgresStorage';
import {
  connectClient,
  createBoard,
  startServer,
  testConfig,
  waitFor,
} from './support/relayHarness';
import { requireService, TEST_DATABASE_URL, TEST_REDIS_URL } from './support/services';

const available =
  (await requireService('PostgreSQL', TEST_DATABASE_URL, 5432)) &&
  (await requireService('Redis', TEST_REDIS_URL, 6379));

describe.skipIf(!available)('two relay instances (PostgreSQL + Redis)', () => {
  it('clients on different instances converge, see each other, and everything is stored', async () => {
    const schema = `isf_relay_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const storage = new PostgresStorage({ connectionString: TEST_DATABASE_URL, schema });
    await storage.init();
    const prefix = `isf-test-${schema}:`;
    const busA = new RedisBus({ url: TEST_REDIS_URL, prefix });
    const busB = new RedisBus({ url: TEST_REDIS_URL, prefix });
    const a = await startServer(testConfig(), { storage, bus: busA });
    const b = await startServer(testConfig(), { storage, bus: busB });
    try {
      const tokens = await createBoard(storage, 'b1');
      const onA = connectClient(a, 'b1', tokens.editor);
      const onB = connectClient(b, 'b1', tokens.owner);
      await Promise.all([onA.synced, onB.synced]);
      onA.doc.getMap('nodes').set('from-a', 1);
      onB.doc.getMap('nodes').set('from-b', 2);
      await waitFor(
        () => onA.doc.getMap('nodes').size === 2 && onB.doc.getMap('nodes').size === 2,
        5000,
        'convergence across instances',
      );
      onA.provider.awareness.setLocalStateField('user', { name: 'Amina' });
      await waitFor(() => onB.provider.awareness.getStates().has(onA.doc.clientID), 5000);
      const stored = new Y.Doc();
      for (const u of (await storage.loadUpdates('b1')).updates) Y.applyUpdate(stored, u);
      expect(stored.getMap('nodes').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
      onA.destroy();
      onB.destroy();
    } finally {
      await a.close();
      await b.close();
      await busA.close();
      await busB.close();
      await storage.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }, 30_000);
});
