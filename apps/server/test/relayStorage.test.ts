import { decodeSavedMessage, isStateVectorCovered } from '@isf/crdt';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AppOverrides } from '../src/app';
import { BoardNotFoundError } from '../src/rooms/Room';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import { faultyStorage, holdAppends } from './support/faultyStorage';
import {
  connectClient,
  createBoard,
  startServer,
  testConfig,
  title,
  waitFor,
  type TestClient,
} from './support/relayHarness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function setup(env: Record<string, string> = {}, overrides: AppOverrides = {}) {
  const config = testConfig(env);
  // The app's write path: appends and compactions on the writer thread.
  const real = new SqliteStorage({ dataDir: config.DATA_DIR, writer: 'worker' });
  const { storage, faults } = faultyStorage(real);
  const server = await startServer(config, { storage, ...overrides });
  cleanups.push(async () => {
    await server.close();
    await real.close();
  });
  const tokens = await createBoard(real, 'b1');
  const client = (token: string, opts: { ack?: boolean } = {}): TestClient => {
    const c = connectClient(server, 'b1', token, opts);
    cleanups.push(() => c.destroy());
    return c;
  };
  return { server, real, faults, tokens, client };
}

const savedVector = (data: Uint8Array) => Y.decodeStateVector(decodeSavedMessage(data)!);

describe('relay and storage', () => {
  it('clients joining during a slow load never see an empty board; the load runs once', async () => {
    const { faults, tokens, client } = await setup();
    faults.loadDelayMs = 400;
    const firstSync: unknown[] = [];
    const clients = [client(tokens.owner), client(tokens.editor), client(tokens.viewer)];
    for (const c of clients) void c.synced.then(() => firstSync.push(title(c.doc)));
    await Promise.all(clients.map((c) => c.synced));
    expect(firstSync).toEqual(['Seeded', 'Seeded', 'Seeded']);
    expect(faults.calls.loadUpdates).toBe(1);
  });

  it('ack=1: MESSAGE_SAVED covering an update arrives only after it is stored', async () => {
    const { faults, tokens, client } = await setup();
    const a = client(tokens.editor, { ack: true });
    await a.synced;
    faults.appendDelayMs = 150;
    const sentAt = performance.now();
    a.doc.getMap('nodes').set('n1', 'saved?');
    const local = Y.encodeStateVector(a.doc);
    const covered = () =>
      a.extras.some(
        (e) => e.type === 100 && isStateVectorCovered(local, savedVector(e.data), a.doc.clientID),
      );
    await waitFor(covered, 3000, 'MESSAGE_SAVED');
    const receivedAt = performance.now();
    const stored = faults.appended.find((x) => x.at >= sentAt);
    expect(stored).toBeDefined();
    expect(stored!.at).toBeLessThanOrEqual(receivedAt);
    expect(receivedAt - sentAt).toBeGreaterThanOrEqual(150);
  });

  it('pipelined: a later write goes to storage while an earlier one is still being stored; neither is relayed before it is stored', async () => {
    const { faults, tokens, client } = await setup();
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    const release = holdAppends(faults);
    a.doc.getMap('nodes').set('n1', 'first');
    await waitFor(() => faults.heldAppends === 1, 5000, 'first append at storage');
    a.doc.getMap('nodes').set('n2', 'second');
    // The second batch reaches storage without waiting for the first to be stored and applied.
    await waitFor(() => faults.heldAppends === 2, 5000, 'second append at storage');
    expect(b.doc.getMap('nodes').has('n1')).toBe(false);
    expect(b.doc.getMap('nodes').has('n2')).toBe(false);
    release();
    await waitFor(() => b.doc.getMap('nodes').get('n2') === 'second', 5000, 'relay');
    expect(b.doc.getMap('nodes').get('n1')).toBe('first');
  });

  it("a room's first edit is relayed without waiting for its automatic version to be stored", async () => {
    const { real, faults, tokens, client } = await setup({ AUTO_VERSION_MINUTES: '10' });
    let release!: () => void;
    faults.versionGate = new Promise<void>((resolve) => (release = resolve));
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('nodes').set('n1', 'first edit');
    await waitFor(() => b.doc.getMap('nodes').get('n1') === 'first edit', 5000, 'relay');
    expect((await real.listVersions('b1')).filter((v) => v.kind === 'auto')).toHaveLength(0);
    release();
    faults.versionGate = null;
    await waitFor(
      async () => (await real.listVersions('b1')).some((v) => v.kind === 'auto'),
      5000,
      'version stored',
    );
  });

  it('a write that cannot be stored is never relayed; the sender is closed with 4500 and resends', async () => {
    const { real, faults, tokens, client } = await setup(
      {},
      { rooms: { persistRetryDelaysMs: [5, 5] } },
    );
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    const rows = await real.countUpdates('b1');
    faults.failAppends = true;
    a.doc.getMap('nodes').set('n1', 'precious');
    await waitFor(() => a.closes.includes(4500), 20_000, '4500');
    expect(b.doc.getMap('nodes').has('n1')).toBe(false);
    expect(await real.countUpdates('b1')).toBe(rows);
    faults.failAppends = false;
    // The stock client reconnects (4500 is transient) and its sync step 2 carries the edit again
    // (if it reconnected while writes still failed, it is closed again and retries: no timing).
    await waitFor(() => b.doc.getMap('nodes').get('n1') === 'precious', 30_000, 'resend');
    const stored = new Y.Doc();
    for (const u of (await real.loadUpdates('b1')).updates) Y.applyUpdate(stored, u);
    expect(stored.getMap('nodes').get('n1')).toBe('precious');
  });

  it('a transient storage failure is retried: nothing is lost, nobody is disconnected', async () => {
    const { server, faults, tokens, client } = await setup(
      {},
      { rooms: { persistRetryDelaysMs: [50, 50, 50] } },
    );
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    // The next two writes fail, the third attempt succeeds (deterministic, whatever the load).
    faults.failNextAppends = 2;
    a.doc.getMap('nodes').set('n1', 'retried');
    await waitFor(() => b.doc.getMap('nodes').get('n1') === 'retried', 20_000);
    expect(a.closes).toEqual([]);
    const metrics = await server.app.isf.metrics.registry.getSingleMetricAsString(
      'isf_persist_retries_total',
    );
    expect(metrics).toMatch(/isf_persist_retries_total [1-9]/);
  });

  it('withRoom changes are stored, then relayed to every client', async () => {
    const { server, real, tokens, client } = await setup();
    const a = client(tokens.viewer);
    await a.synced;
    const result = await server.app.isf.rooms.withRoom('b1', (doc) => {
      doc.getMap('meta').set('title', 'Restored');
      return 42;
    });
    expect(result).toBe(42);
    const stored = new Y.Doc();
    for (const u of (await real.loadUpdates('b1')).updates) Y.applyUpdate(stored, u);
    expect(title(stored)).toBe('Restored');
    await waitFor(() => title(a.doc) === 'Restored');
  });

  it('withRoom on a missing board rejects with BoardNotFoundError and leaves no room', async () => {
    const { server } = await setup();
    await expect(server.app.isf.rooms.withRoom('missing', () => 1)).rejects.toBeInstanceOf(
      BoardNotFoundError,
    );
    await waitFor(() => server.app.isf.rooms.size === 0);
  });

  it('closeBoard closes every connection with the given code and drops the room', async () => {
    const { server, real, tokens, client } = await setup();
    const a = client(tokens.editor);
    await a.synced;
    await real.deleteBoard('b1');
    await server.app.isf.rooms.closeBoard('b1', 4404, 'board deleted');
    await waitFor(() => a.closes.includes(4404));
    expect(server.app.isf.rooms.size).toBe(0);
    expect(await real.countUpdates('b1')).toBe(0);
  });

  it('a room leaves memory after its last connection and write, and compacts on unload', async () => {
    const { server, real, faults, tokens, client } = await setup();
    const a = client(tokens.editor);
    await a.synced;
    // Writes wait at a gate until released: the pending write is certain, not a matter of timing.
    const release = holdAppends(faults);
    for (let i = 0; i < 5; i++) a.doc.getMap('nodes').set(`n${i}`, i);
    await waitFor(() => faults.heldAppends > 0, 20_000, 'a write in flight');
    const room = server.app.isf.rooms.peek('b1');
    expect(room).toBeDefined();
    a.provider.disconnect();
    await waitFor(() => room!.connections.size === 0, 20_000, 'server saw the disconnect');
    // The write is still pending: the room stays.
    expect(server.app.isf.rooms.peek('b1')).toBe(room);
    expect(room!.closed).toBe(false);
    release();
    await waitFor(() => server.app.isf.rooms.size === 0, 20_000, 'unload');
    await waitFor(async () => (await real.countUpdates('b1')) === 1, 20_000, 'compaction');
    const stored = new Y.Doc();
    for (const u of (await real.loadUpdates('b1')).updates) Y.applyUpdate(stored, u);
    expect(Object.keys(stored.getMap('nodes').toJSON()).sort()).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
    ]);
  });

  it('compacts a busy board once it has more rows than COMPACT_THRESHOLD', async () => {
    const { real, tokens, client } = await setup({ COMPACT_THRESHOLD: '5' });
    const a = client(tokens.editor);
    await a.synced;
    for (let i = 0; i < 20; i++) {
      a.doc.getMap('nodes').set(`n${i}`, i);
      await new Promise((r) => setTimeout(r, 3));
    }
    const b = client(tokens.owner);
    await waitFor(() => b.doc.getMap('nodes').size === 20);
    // Compaction runs in the background (on the writer thread), not in the write path.
    await waitFor(async () => (await real.countUpdates('b1')) <= 6, 20_000, 'compaction');
  });

  it('keeps at most one automatic version per AUTO_VERSION_MINUTES of editing', async () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const { real, tokens, client } = await setup(
      { AUTO_VERSION_MINUTES: '30' },
      { clock: () => new Date(now) },
    );
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    const edit = async (key: string) => {
      a.doc.getMap('nodes').set(key, key);
      await waitFor(() => b.doc.getMap('nodes').has(key));
    };
    await edit('first');
    await edit('second');
    now += 10 * 60_000;
    await edit('third');
    // An automatic version is stored in the background (the edit is relayed without waiting for
    // it): wait until it is there before counting.
    const autoVersions = async () =>
      (await real.listVersions('b1')).filter((v) => v.kind === 'auto');
    await waitFor(async () => (await autoVersions()).length >= 1, 5000, 'first automatic version');
    expect(await autoVersions()).toHaveLength(1);
    now += 21 * 60_000;
    await edit('fourth');
    await waitFor(async () => (await autoVersions()).length >= 2, 5000, 'second automatic version');
    const autos = await autoVersions();
    expect(autos).toHaveLength(2);
    expect(autos[0]).toMatchObject({ label: 'Automatic', author: 'ISF Board' });
    // Each automatic version keeps the board as it was before that stretch of editing.
    const v2 = await real.getVersion('b1', autos[1]!.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, v2!.state);
    expect(Object.keys(doc.getMap('nodes').toJSON()).sort()).toEqual(['first', 'second', 'third']);
  });
});
