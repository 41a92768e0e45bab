import pg from 'pg';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PostgresStorage } from '../src/storage/PostgresStorage';
import { requireService, TEST_DATABASE_URL } from './support/services';
import { describeStorageContract } from './support/storageContract';

const available = await requireService('PostgreSQL', TEST_DATABASE_URL, 5432);

async function freshSchema(): Promise<{ storage: PostgresStorage; cleanup(): Promise<void> }> {
  const schema = `isf_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const storage = new PostgresStorage({ connectionString: TEST_DATABASE_URL, schema });
  await storage.init();
  return {
    storage,
    async cleanup() {
      await storage.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

describeStorageContract('PostgreSQL', async () => (available ? freshSchema() : null));

describe.skipIf(!available)('PostgresStorage', () => {
  it('quarantines a corrupt update row instead of failing the load', async () => {
    const { storage, cleanup } = await freshSchema();
    try {
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', 'Kept');
      const now = new Date(0).toISOString();
      await storage.createBoard(
        { id: 'b1', title: 'B', createdAt: now, updatedAt: now },
        Y.encodeStateAsUpdate(doc),
        { id: 'l1', boardId: 'b1', role: 'owner', tokenHash: 'h', createdAt: now, revokedAt: null },
      );
      await storage.appendUpdates('b1', [new Uint8Array([255, 255, 255, 1, 2, 3])]);
      const loaded = await storage.loadUpdates('b1');
      expect(loaded.quarantined).toHaveLength(1);
      const replayed = new Y.Doc();
      for (const u of loaded.updates) Y.applyUpdate(replayed, u);
      expect(replayed.getMap('meta').get('title')).toBe('Kept');
      expect(await storage.countUpdates('b1')).toBe(1);
    } finally {
      await cleanup();
    }
  });

  it('rejects an unsafe schema name', () => {
    expect(
      () => new PostgresStorage({ connectionString: TEST_DATABASE_URL, schema: 'x; DROP' }),
    ).toThrow(/Invalid PostgreSQL schema name/);
  });
});
