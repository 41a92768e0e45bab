import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import {
  connectClient,
  createBoard,
  startServer,
  tempDir,
  testConfig,
  waitFor,
  type TestClient,
} from './support/relayHarness';
import { describeStorageContract } from './support/storageContract';

// The storage contract, with appends and compactions on the writer thread (the app's setting).
describeStorageContract('SQLite (writer thread)', async () => {
  const dir = tempDir('isf-sqlite-worker-contract-');
  const storage = new SqliteStorage({ dataDir: dir, writer: 'worker' });
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

/** A writer-thread storage on a fresh directory with boards `ids` (one seed row each). */
async function workerStorage(ids: string[], dir = tempDir('isf-sqlite-worker-')) {
  const exits: Error[] = [];
  const storage = new SqliteStorage({
    dataDir: dir,
    writer: 'worker',
    onWriterExit: (err) => exits.push(err),
  });
  cleanups.push(() => storage.close());
  for (const id of ids) await createBoard(storage, id);
  return { storage, dir, exits };
}

/** Update `i` of a board: sets key `k<i>` of map `m` (a client of its own per board). */
function boardUpdates(count: number, clientId: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return out;
}

describe('SQLite writer thread', () => {
  it('group commit: appends issued in one task share a commit, those issued while it is in flight the next; per-board order kept', async () => {
    const boards = ['g1', 'g2', 'g3'];
    const { storage } = await workerStorage(boards);
    const perBoard = boards.map((_, i) => boardUpdates(60, 1000 + i));
    const before = storage.writerThread!.commits;
    const issue = (from: number, to: number): Promise<void>[] => {
      const writes: Promise<void>[] = [];
      for (let i = from; i < to; i++) {
        boards.forEach((b, j) => writes.push(storage.appendUpdates(b, [perBoard[j]![i]!])));
      }
      return writes;
    };
    // Half in one task: one commit; once it is on its way, the other half queues behind it.
    const first = issue(0, 30);
    await Promise.resolve();
    const second = issue(30, 60);
    await Promise.all([...first, ...second]);
    expect(storage.writerThread!.commits - before).toBe(2);
    for (const [j, b] of boards.entries()) {
      const { updates } = await storage.loadUpdates(b);
      // Row 0 is the seed; then this board's updates, in the order they were appended.
      expect(updates.slice(1).map((u) => Buffer.from(u).toString('hex'))).toEqual(
        perBoard[j]!.map((u) => Buffer.from(u).toString('hex')),
      );
    }
  });

  it('an entry that fails in a group commit fails alone; the others are stored', async () => {
    const { storage } = await workerStorage(['ok']);
    const good = boardUpdates(2, 7);
    // A board id that is not a string makes its insert throw inside the group's transaction.
    const bad = storage.appendUpdates(null as unknown as string, [good[0]!]);
    const fine = storage.appendUpdates('ok', [good[0]!]);
    const fine2 = storage.appendUpdates('ok', [good[1]!]);
    await expect(bad).rejects.toThrow();
    await Promise.all([fine, fine2]);
    expect(await storage.countUpdates('ok')).toBe(3);
  });

  it('close waits for queued and in-flight commits (shutdown flushes)', async () => {
    const { storage, dir } = await workerStorage(['s1']);
    const updates = boardUpdates(50, 42);
    const writes = updates.map((u) => storage.appendUpdates('s1', [u]));
    await storage.close();
    await Promise.all(writes);
    const reopened = new SqliteStorage({ dataDir: dir });
    cleanups.push(() => reopened.close());
    expect(await reopened.countUpdates('s1')).toBe(51);
  });

  it('compaction is planned on its own thread: commits of other boards do not wait for it', async () => {
    const { storage } = await workerStorage(['big', 'other']);
    // A large board (planning decodes, applies and merges all of it: hundreds of ms) ...
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 4000; i++) doc.getMap('nodes').set(`n${i}`, new Y.Text(`activity ${i}`));
    });
    await storage.appendUpdates('big', [Y.encodeStateAsUpdate(doc)]);
    await storage.appendUpdates('big', boardUpdates(20, 77));
    const order: string[] = [];
    const compaction = storage.compact('big').then(() => order.push('compact'));
    // ... and, issued after it, a write to another board: stored while the plan is computed.
    const write = storage
      .appendUpdates('other', boardUpdates(1, 78))
      .then(() => order.push('write'));
    await Promise.all([compaction, write]);
    expect(order).toEqual(['write', 'compact']);
    expect(await storage.countUpdates('big')).toBe(1);
    const loaded = new Y.Doc();
    for (const u of (await storage.loadUpdates('big')).updates) Y.applyUpdate(loaded, u);
    expect(loaded.getMap('nodes').size).toBe(4000);
    expect(loaded.getMap('m').size).toBe(20);
  });

  it.runIf(process.platform === 'linux')(
    'the compactor thread runs at the lowest CPU priority; the event loop and the writer keep theirs',
    async () => {
      /** Nice value per thread of this process (`/proc/self/task/<tid>/stat`, field 19). */
      const niceByThread = (): Map<number, number> =>
        new Map(
          fs.readdirSync('/proc/self/task').map((tid) => {
            const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            return [Number(tid), Number(fields[16])];
          }),
        );
      const lowest = () => [...niceByThread().values()].filter((n) => n === 19).length;
      const { storage } = await workerStorage(['n1']);
      await storage.appendUpdates('n1', boardUpdates(3, 79));
      expect(lowest()).toBe(0); // the writer thread runs, at normal priority
      await storage.compact('n1');
      expect(await storage.countUpdates('n1')).toBe(1);
      expect(lowest()).toBe(1);
      expect(niceByThread().get(process.pid)).toBe(0);
    },
  );

  it('rows appended while a compaction is planned are kept (not merged, not deleted)', async () => {
    const { storage } = await workerStorage(['p1']);
    const updates = boardUpdates(30, 79);
    for (const u of updates.slice(0, 20)) await storage.appendUpdates('p1', [u]);
    const compaction = storage.compact('p1');
    const late = updates.slice(20).map((u) => storage.appendUpdates('p1', [u]));
    await Promise.all([compaction, ...late]);
    const loaded = new Y.Doc();
    for (const u of (await storage.loadUpdates('p1')).updates) Y.applyUpdate(loaded, u);
    expect(loaded.getMap('m').size).toBe(30);
  });

  it('board record touches run on the writer thread and never move updatedAt backward', async () => {
    const { storage } = await workerStorage(['t1']);
    await storage.touchBoard('t1', '2030-01-02T00:00:00.000Z', 'Renamed live');
    await storage.touchBoard('t1', '2030-01-01T00:00:00.000Z');
    const record = await storage.getBoard('t1');
    expect(record).toMatchObject({ title: 'Renamed live', updatedAt: '2030-01-02T00:00:00.000Z' });
  });

  it('a crashed writer thread fails pending and later writes (never drops them) and is reported', async () => {
    const { storage, exits } = await workerStorage(['c1']);
    const [u1, u2] = boardUpdates(2, 9);
    const thread = storage.writerThread!;
    thread.crashForTest();
    // Queued behind the crash: pending when the thread dies.
    const pending = storage.appendUpdates('c1', [u1!]);
    await expect(pending).rejects.toThrow(/writer thread exited/);
    await expect(storage.appendUpdates('c1', [u2!])).rejects.toThrow(/writer thread exited/);
    await expect(storage.compact('c1')).rejects.toThrow(/writer thread exited/);
    await expect(storage.ping()).rejects.toThrow(/writer thread exited/);
    expect(exits).toHaveLength(1);
    expect(await storage.countUpdates('c1')).toBe(1);
  });

  it('relay: after a writer crash an update is not relayed and its sender is closed with 4500', async () => {
    const config = testConfig();
    const server = await startServer(config, { rooms: { persistRetryDelaysMs: [5, 5] } });
    cleanups.push(() => server.close());
    const storage = server.app.isf.storage as SqliteStorage;
    const tokens = await createBoard(storage, 'r1');
    const client = (token: string): TestClient => {
      const c = connectClient(server, 'r1', token);
      cleanups.push(() => c.destroy());
      return c;
    };
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('nodes').set('before', 1);
    await waitFor(() => b.doc.getMap('nodes').get('before') === 1, 20_000, 'relay');
    storage.writerThread!.crashForTest();
    await waitFor(() => storage.writerThread!.error !== null, 20_000, 'writer exit');
    a.doc.getMap('nodes').set('lost?', 'precious');
    await waitFor(() => a.closes.includes(4500), 20_000, '4500');
    expect(b.doc.getMap('nodes').has('lost?')).toBe(false);
    expect(b.closes).toEqual([]);
  });
});
