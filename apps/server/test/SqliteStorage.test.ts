import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import { tempDir } from './support/relayHarness';
import { describeStorageContract } from './support/storageContract';

describeStorageContract('SQLite', async () => {
  const dir = tempDir('isf-sqlite-contract-');
  const storage = new SqliteStorage({ dataDir: dir });
  return {
    storage,
    async cleanup() {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

const NOW = '2026-11-27T10:00:00.000Z';

/** A board whose doc text is built from `chunks`, one update row each. */
async function boardWithRows(storage: SqliteStorage, boardId: string, chunks: string[]) {
  const doc = new Y.Doc();
  const rows: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => rows.push(u));
  for (const chunk of chunks) doc.getText('t').insert(doc.getText('t').length, chunk);
  const [first, ...rest] = rows;
  await storage.createBoard(
    { id: boardId, title: 'B', createdAt: NOW, updatedAt: NOW },
    first ?? Y.encodeStateAsUpdate(new Y.Doc()),
    {
      id: `${boardId}-owner`,
      boardId,
      role: 'owner',
      tokenHash: `h-${boardId}`,
      createdAt: NOW,
      revokedAt: null,
    },
  );
  for (const row of rest) await storage.appendUpdates(boardId, [row]);
  return rows;
}

async function text(storage: SqliteStorage, boardId: string): Promise<string> {
  const doc = new Y.Doc();
  for (const u of (await storage.loadUpdates(boardId)).updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

describe('SqliteStorage', () => {
  it('creates DATA_DIR, uses WAL and synchronous=FULL by default', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const storage = new SqliteStorage({ dataDir: dir });
    await storage.ping();
    await storage.close();
    const db = new Database(path.join(dir, 'isf-board.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('compaction interrupted between its two steps loses nothing', async () => {
    const dir = tempDir();
    let interrupt = true;
    const storage = new SqliteStorage({
      dataDir: dir,
      onCompactStep: () => {
        if (interrupt) throw new Error('crash between merged-row insert and delete');
      },
    });
    await boardWithRows(storage, 'b', ['one ', 'two ', 'three']);
    await expect(storage.compact('b')).rejects.toThrow(/crash between/);
    // The transaction rolled back: the originals are all there, nothing half-done.
    expect(await storage.countUpdates('b')).toBe(3);
    expect(await text(storage, 'b')).toBe('one two three');

    // An engine without transactions would be left with the merged row AND the originals:
    // Yjs updates are idempotent, so that state loads the same document too.
    const { updates } = await storage.loadUpdates('b');
    await storage.appendUpdates('b', [Y.mergeUpdates(updates)]);
    expect(await storage.countUpdates('b')).toBe(4);
    expect(await text(storage, 'b')).toBe('one two three');

    interrupt = false;
    await storage.compact('b');
    expect(await storage.countUpdates('b')).toBe(1);
    expect(await text(storage, 'b')).toBe('one two three');
    await storage.close();
    // Reopening the file (as after a crash) gives the same board.
    const reopened = new SqliteStorage({ dataDir: dir });
    expect(await text(reopened, 'b')).toBe('one two three');
    await reopened.close();
  });

  it('quarantines a corrupt row on load, reports it and keeps the rest of the board', async () => {
    const storage = new SqliteStorage({ dataDir: tempDir() });
    const rows = await boardWithRows(storage, 'b', ['kept ', 'also kept']);
    const truncated = rows[1]!.slice(0, Math.floor(rows[1]!.length / 2));
    await storage.appendUpdates('b', [truncated, new Uint8Array([255, 255, 255, 255, 1, 2, 3])]);
    const loaded = await storage.loadUpdates('b');
    expect(loaded.quarantined).toHaveLength(2);
    expect(loaded.updates).toHaveLength(2);
    expect(await text(storage, 'b')).toBe('kept also kept');
    const quarantine = await storage.listQuarantine('b');
    expect(quarantine.map((q) => q.updateId)).toEqual(loaded.quarantined);
    expect(quarantine[0]!.data).toEqual(truncated);
    // Quarantined rows are out of the log, so the next load is clean.
    expect((await storage.loadUpdates('b')).quarantined).toEqual([]);
    await storage.close();
  });
});
