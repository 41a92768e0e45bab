import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LoopCommitter } from '../src/storage/LoopCommitter';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import { SqliteWriterThread } from '../src/storage/SqliteWriterThread';
import { openSqlite } from '../src/storage/sqliteWrites';
import { createBoard, tempDir, waitFor } from './support/relayHarness';
import { describeStorageContract } from './support/storageContract';

// The storage contract as the app runs it: writer thread, group commits on the loop when fast.
describeStorageContract('SQLite (loop commits)', async () => {
  const dir = tempDir('isf-sqlite-loop-contract-');
  const storage = new SqliteStorage({ dataDir: dir, writer: 'worker', loopCommitMaxMs: 1000 });
  return {
    storage,
    async cleanup() {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** A writer-thread storage with loop commits (at most `maxMs` on average) and boards `ids`. */
async function loopStorage(ids: string[], maxMs = 1000, dir = tempDir('isf-sqlite-loop-')) {
  const where: string[] = [];
  const storage = new SqliteStorage({
    dataDir: dir,
    writer: 'worker',
    loopCommitMaxMs: maxMs,
    onCommit: (t) => where.push(t.where),
  });
  cleanups.push(() => storage.close());
  for (const id of ids) await createBoard(storage, id);
  where.length = 0;
  return { storage, dir, where, thread: storage.writerThread! };
}

function updates(count: number, clientId: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return out;
}

describe('SQLite group commits on the event loop', () => {
  it('with a fast disk and an idle writer thread, commits run on the loop and are durable', async () => {
    const { storage, where, dir } = await loopStorage(['a', 'b']);
    const [u1, u2, u3] = updates(3, 11);
    // Two boards in one task: one commit.
    await Promise.all([storage.appendUpdates('a', [u1!]), storage.appendUpdates('b', [u2!])]);
    await storage.appendUpdates('a', [u3!]);
    expect(where).toEqual(['loop', 'loop']);
    await storage.close();
    const reopened = new SqliteStorage({ dataDir: dir });
    cleanups.push(() => reopened.close());
    expect(await reopened.countUpdates('a')).toBe(3);
    expect(await reopened.countUpdates('b')).toBe(2);
  });

  it('while the writer thread holds a request, commits go to the thread, in order', async () => {
    const { storage, where } = await loopStorage(['v']);
    const all = updates(4, 12);
    // A record write on the thread (it may hold the write lock) issued in the same task.
    const version = storage.createVersion(
      {
        id: 'v1',
        boardId: 'v',
        label: 'Before',
        note: '',
        author: 'test',
        kind: 'manual',
        createdAt: '2030-01-01T00:00:00.000Z',
      },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    const first = storage.appendUpdates('v', [all[0]!, all[1]!]);
    await Promise.all([version, first]);
    await storage.appendUpdates('v', [all[2]!, all[3]!]);
    expect(where).toEqual(['thread', 'loop']);
    const stored = (await storage.loadUpdates('v')).updates.slice(1);
    expect(stored.map((u) => Buffer.from(u).toString('hex'))).toEqual(
      all.map((u) => Buffer.from(u).toString('hex')),
    );
  });

  it('a loop commit that finds the write lock taken is handed to the writer thread: stored once', async () => {
    const { storage, thread } = await loopStorage(['l']);
    // Another process (here: a third connection) holds SQLite's write lock for 300 ms.
    const other = new Database(storage.file);
    cleanups.push(() => {
      other.close();
    });
    other.exec('BEGIN IMMEDIATE');
    const release = setTimeout(() => other.exec('COMMIT'), 300);
    cleanups.push(() => clearTimeout(release));
    const started = performance.now();
    await storage.appendUpdates('l', updates(1, 13));
    // The loop did not wait for the lock (busy_timeout 0); the thread did.
    expect(thread.loopFallbacks).toBe(1);
    expect(thread.loopCommits).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(await storage.countUpdates('l')).toBe(2);
  });

  it('slow commits move group commits to the writer thread (the event loop never waits on a slow disk)', async () => {
    // Any commit takes longer than a nanosecond: after the first, the rest go to the thread.
    const { storage, where } = await loopStorage(['s'], 0.000001);
    for (const u of updates(5, 14)) await storage.appendUpdates('s', [u]);
    expect(where).toEqual(['loop', 'thread', 'thread', 'thread', 'thread']);
    expect(await storage.countUpdates('s')).toBe(6);
  });

  it('loop commits never checkpoint the WAL; the writer thread does, every N loop commits', async () => {
    const dir = tempDir('isf-sqlite-loop-ckpt-');
    const file = path.join(dir, 'board.sqlite');
    openSqlite(file, 'FULL').close();
    const thread = new SqliteWriterThread(
      { file, synchronous: 'FULL' },
      { clock: () => new Date(), loopCommitMaxMs: 1000, checkpointEvery: 3 },
    );
    cleanups.push(() => thread.close());
    const seed = new Database(file);
    seed
      .prepare('INSERT INTO boards (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run('c', 'C', '2030-01-01', '2030-01-01');
    seed.close();
    const dbSize = () => fs.statSync(file).size;
    const sizeBefore = dbSize();
    const big = new Uint8Array(200_000).fill(7);
    for (let i = 0; i < 2; i++) await thread.append({ boardId: 'c', updates: [big] });
    // Two loop commits: the rows are in the WAL only.
    expect(thread.loopCommits).toBe(2);
    expect(thread.checkpoints).toBe(0);
    expect(dbSize()).toBe(sizeBefore);
    await thread.append({ boardId: 'c', updates: [big] });
    expect(thread.checkpoints).toBe(1);
    // Commits go on on the loop while the checkpoint runs on the thread.
    await thread.append({ boardId: 'c', updates: [new Uint8Array([0])] });
    expect(thread.loopCommits).toBe(4);
    // The checkpoint copies the WAL's pages into the database file (before any close would).
    await waitFor(() => dbSize() > sizeBefore + 3 * 200_000, 10_000, 'checkpoint');
  });
});

describe('LoopCommitter speed estimate', () => {
  it('averages commit durations: slow ones turn loop commits off, fast ones back on', () => {
    const dir = tempDir('isf-sqlite-loop-avg-');
    const loop = new LoopCommitter({
      file: path.join(dir, 'x.sqlite'),
      synchronous: 'FULL',
      maxCommitMs: 5,
    });
    cleanups.push(() => loop.close());
    loop.observe(1);
    expect(loop.fast).toBe(true);
    // One slow fsync (a disk hiccup of 100 ms) is enough to leave the loop for a while ...
    loop.observe(100);
    expect(loop.fast).toBe(false);
    // ... and a run of fast commits (on the writer thread) brings commits back.
    let back = 0;
    while (!loop.fast) {
      loop.observe(0.5);
      back += 1;
    }
    expect(back).toBeGreaterThan(5);
    expect(back).toBeLessThan(40);
    expect(loop.averageCommitMs).toBeLessThanOrEqual(5);
  });
});
