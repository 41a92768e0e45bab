import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { SqliteStorage } from '../src/storage/SqliteStorage';
import { findPoisonedUpdate } from './support/poison';
import {
  connectClient,
  createBoard,
  startServer,
  testConfig,
  title,
  waitFor,
  type RunningServer,
  type TestClient,
} from './support/relayHarness';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** A board seeded by a fixed client, so the crafted updates are the same on every run. */
const seed = (doc: Y.Doc): void => {
  doc.clientID = 1;
  doc.getMap('meta').set('title', 'Seeded');
};

async function setup(server?: RunningServer) {
  const running = server ?? (await startServer(testConfig()));
  if (!server) cleanups.push(() => running.close());
  const storage = running.app.isf.storage as SqliteStorage;
  const client = (token: string, doc?: Y.Doc): TestClient => {
    const c = connectClient(running, 'b1', token, doc ? { doc } : {});
    cleanups.push(() => c.destroy());
    return c;
  };
  return { server: running, storage, client };
}

/** Sends one y-websocket update message on a raw socket; resolves with the close code. */
async function sendRawUpdate(server: RunningServer, token: string, update: Uint8Array) {
  const ws = new WebSocket(`${server.syncUrl}/b1?token=${token}`);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve) => ws.on('open', () => resolve()));
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  encoding.writeVarUint(enc, 2);
  encoding.writeVarUint8Array(enc, update);
  ws.send(encoding.toUint8Array(enc));
  return closed;
}

/** The board as stored (what a fresh load would serve). */
async function storedDoc(storage: SqliteStorage): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const u of (await storage.loadUpdates('b1')).updates) Y.applyUpdate(doc, u);
  return doc;
}

describe('poisoned updates (decode, then make Yjs throw halfway)', () => {
  it('the crafted update really decodes and is applied in part before Yjs throws', () => {
    const { update } = findPoisonedUpdate();
    expect(() => Y.decodeUpdate(update)).not.toThrow();
    const doc = new Y.Doc();
    expect(() => Y.applyUpdate(doc, update)).toThrow();
    expect(doc.getText('t').toString()).not.toBe('');
  });

  it('one that throws on its own is refused before it is stored (4400)', async () => {
    const { server, storage, client } = await setup();
    const tokens = await createBoard(storage, 'b1', seed);
    const a = client(tokens.editor);
    const b = client(tokens.owner);
    await Promise.all([a.synced, b.synced]);
    const rows = await storage.countUpdates('b1');
    const code = await sendRawUpdate(server, tokens.editor, findPoisonedUpdate().update);
    expect(code).toBe(4400);
    a.doc.getMap('nodes').set('after', 1);
    await waitFor(() => b.doc.getMap('nodes').has('after'), 10_000, 'convergence');
    expect(await storage.countUpdates('b1')).toBe(rows + 1);
    expect(a.doc.getText('t').toString()).toBe('');
    expect((await storedDoc(storage)).getText('t').toString()).toBe('');
  });

  it('one that only throws against the board is stored, but the board stays loadable', async () => {
    const { server, storage, client } = await setup();
    const tokens = await createBoard(storage, 'b1', seed);
    const authorDoc = new Y.Doc();
    authorDoc.clientID = 4242;
    const author = client(tokens.editor, authorDoc);
    const watcher = client(tokens.owner);
    await Promise.all([author.synced, watcher.synced]);
    author.doc.getText('t').insert(0, 'x');
    await waitFor(() => watcher.doc.getText('t').toString() === 'x', 10_000, 'first edit');
    const { update } = findPoisonedUpdate({
      base: Y.encodeStateAsUpdate(author.doc),
      clientId: 4242,
      cleanOnEmptyDoc: true,
      edit: (doc) => {
        doc.getText('t').insert(1, 'a');
        doc.getText('t').insert(0, 'b');
      },
    });
    expect(await sendRawUpdate(server, tokens.editor, update)).toBe(4400);
    // Everyone else carries on.
    watcher.doc.getMap('nodes').set('still', 'working');
    await waitFor(() => author.doc.getMap('nodes').has('still'), 10_000, 'convergence');
    // The room unloads (compaction must not merge the bad row) and loads again.
    author.destroy();
    watcher.destroy();
    await waitFor(() => server.app.isf.rooms.size === 0, 20_000, 'unload');
    const late = client(tokens.viewer);
    await late.synced;
    await waitFor(() => late.doc.getMap('nodes').has('still'), 10_000, 'reload');
    expect(title(late.doc)).toBe('Seeded');
    expect(late.doc.getText('t').toString()).toContain('x');
    const quarantined = await storage.listQuarantine('b1');
    expect(quarantined.map((q) => q.data)).toContainEqual(update);
  });

  it('a stored row that throws on load is quarantined; the rest of the board loads', async () => {
    const config = testConfig();
    const first = await startServer(config);
    const storage = first.app.isf.storage as SqliteStorage;
    const tokens = await createBoard(storage, 'b1', seed);
    const poison = findPoisonedUpdate();
    const other = new Y.Doc();
    other.getText('k').insert(0, 'kept');
    // Rows: seed, poison, a good row after it.
    await storage.appendUpdates('b1', [poison.update]);
    await storage.appendUpdates('b1', [Y.encodeStateAsUpdate(other)]);
    const { client } = await setup(first);
    cleanups.push(() => first.close());
    const c = client(tokens.viewer);
    await c.synced;
    await waitFor(() => c.doc.getText('k').toString() === 'kept', 10_000, 'rows after the bad one');
    expect(title(c.doc)).toBe('Seeded');
    // Rebuilt without the bad row: nothing of what it applied before throwing is left.
    expect(c.doc.getText('t').toString()).toBe('');
    const quarantined = await storage.listQuarantine('b1');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({
      reason: 'update Yjs cannot apply',
      data: poison.update,
    });
    expect(await storage.countUpdates('b1')).toBe(2);
    const metrics = await first.app.isf.metrics.registry.getSingleMetricAsString(
      'isf_quarantined_rows_total',
    );
    expect(metrics).toMatch(/isf_quarantined_rows_total 1/);
  });
});
