import { decodeNoticeMessage } from '@isf/crdt';
import * as encoding from 'lib0/encoding';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { SqliteStorage } from '../src/storage/SqliteStorage';
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

async function setup(env: Record<string, string> = {}) {
  const config = testConfig(env);
  const server = await startServer(config);
  cleanups.push(() => server.close());
  const tokens = await createBoard(server.app.isf.storage, 'b1');
  const client = (token: string | undefined, opts: { ack?: boolean } = {}): TestClient => {
    const c = connectClient(server, 'b1', token, opts);
    cleanups.push(() => c.destroy());
    return c;
  };
  return { config, server, tokens, client };
}

describe('relay', () => {
  it('two clients converge and a late joiner gets the full board', async () => {
    const { tokens, client } = await setup();
    const a = client(tokens.owner);
    const b = client(tokens.editor);
    await Promise.all([a.synced, b.synced]);
    expect(title(a.doc)).toBe('Seeded');
    a.doc.getMap('nodes').set('n1', 'from a');
    b.doc.getMap('nodes').set('n2', 'from b');
    await waitFor(() => a.doc.getMap('nodes').size === 2 && b.doc.getMap('nodes').size === 2);
    const late = client(tokens.viewer);
    await late.synced;
    await waitFor(() => late.doc.getMap('nodes').size === 2);
    expect(late.doc.getMap('nodes').toJSON()).toEqual({ n1: 'from a', n2: 'from b' });
    expect(title(late.doc)).toBe('Seeded');
  });

  it('restart on the same DATA_DIR keeps everything', async () => {
    const config = testConfig();
    let server: RunningServer = await startServer(config);
    const tokens = await createBoard(server.app.isf.storage, 'b1');
    const a = connectClient(server, 'b1', tokens.editor);
    await a.synced;
    a.doc.getText('t').insert(0, 'kept across restarts');
    const b = connectClient(server, 'b1', tokens.owner);
    await waitFor(() => b.doc.getText('t').toString() === 'kept across restarts');
    a.destroy();
    b.destroy();
    await server.close();
    server = await startServer(config);
    cleanups.push(() => server.close());
    const c = connectClient(server, 'b1', tokens.viewer);
    cleanups.push(() => c.destroy());
    await c.synced;
    await waitFor(() => c.doc.getText('t').toString() === 'kept across restarts');
    expect(title(c.doc)).toBe('Seeded');
  });

  it('rejects a missing or bad token with 4401 and an unknown board with 4401', async () => {
    const { server, client } = await setup();
    const none = client(undefined);
    const bad = client('not-a-token');
    await waitFor(() => none.closes.length > 0 && bad.closes.length > 0);
    expect(none.closes[0]).toBe(4401);
    expect(bad.closes[0]).toBe(4401);
    const other = connectClient(server, 'nope', 'x');
    cleanups.push(() => other.destroy());
    await waitFor(() => other.closes.length > 0);
    expect(other.closes[0]).toBe(4401);
  });

  it('a viewer is read-only: its updates are never stored or relayed; it gets the notice', async () => {
    const { server, tokens, client } = await setup();
    const viewer = client(tokens.viewer);
    const editor = client(tokens.editor);
    await Promise.all([viewer.synced, editor.synced]);
    viewer.doc.getMap('nodes').set('evil', 'viewer edit');
    editor.doc.getMap('nodes').set('ok', 'editor edit');
    await waitFor(() => viewer.doc.getMap('nodes').has('ok'));
    await new Promise((r) => setTimeout(r, 100));
    expect(editor.doc.getMap('nodes').has('evil')).toBe(false);
    const notices = viewer.extras.filter((e) => e.type === 101);
    expect(notices).toHaveLength(1);
    expect(decodeNoticeMessage(notices[0]!.data)?.code).toBe('read-only');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await server.app.isf.rooms.readState('b1'));
    expect(stored.getMap('nodes').toJSON()).toEqual({ ok: 'editor edit' });
  });

  it('a revoked link is disconnected (4403) within a second of refreshAccess', async () => {
    const { server, tokens, client } = await setup();
    const editor = client(tokens.editor);
    await editor.synced;
    const storage = server.app.isf.storage as SqliteStorage;
    await storage.revokeLink('b1', 'b1-editor', new Date().toISOString());
    const started = Date.now();
    await server.app.isf.rooms.refreshAccess('b1');
    await waitFor(() => editor.closes.includes(4403), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a downgraded link becomes read-only after refreshAccess', async () => {
    const { server, tokens, client } = await setup();
    const editor = client(tokens.editor);
    const other = client(tokens.owner);
    await Promise.all([editor.synced, other.synced]);
    editor.doc.getMap('nodes').set('before', 1);
    await waitFor(() => other.doc.getMap('nodes').has('before'));
    const db = new Database((server.app.isf.storage as SqliteStorage).file);
    db.prepare("UPDATE links SET role = 'viewer' WHERE id = 'b1-editor'").run();
    db.close();
    await server.app.isf.rooms.refreshAccess('b1');
    await waitFor(() => editor.extras.some((e) => e.type === 101));
    editor.doc.getMap('nodes').set('after', 2);
    other.doc.getMap('nodes').set('marker', 3);
    await waitFor(() => editor.doc.getMap('nodes').has('marker'));
    await new Promise((r) => setTimeout(r, 100));
    expect(other.doc.getMap('nodes').has('after')).toBe(false);
    expect(editor.closes).toEqual([]);
  });

  it('presence: awareness of a client reaches others and is removed when it leaves', async () => {
    const { tokens, client } = await setup();
    const a = client(tokens.editor);
    const b = client(tokens.viewer);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Amina' });
    const aId = a.doc.clientID;
    await waitFor(() => b.provider.awareness.getStates().has(aId), 3000, 'presence');
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 3000, 'presence removal');
  });

  it('a connection cannot remove or overwrite the presence of another connection', async () => {
    const { server, tokens, client } = await setup();
    const a = client(tokens.editor);
    const watcher = client(tokens.owner);
    await Promise.all([a.synced, watcher.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Amina' });
    const aId = a.doc.clientID;
    await waitFor(() => watcher.provider.awareness.getStates().has(aId));
    const removals: number[] = [];
    watcher.provider.awareness.on('update', ({ removed }: { removed: number[] }) => {
      removals.push(...removed);
    });
    // A raw connection claims A's client id with a newer clock and a null state ("A left").
    const ws = new WebSocket(`${server.syncUrl}/b1?token=${tokens.editor}`);
    ws.on('error', () => undefined);
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, aId);
    encoding.writeVarUint(update, 99);
    encoding.writeVarString(update, 'null');
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 1);
    encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
    ws.send(encoding.toUint8Array(message));
    await new Promise((r) => setTimeout(r, 150));
    expect(removals).not.toContain(aId);
    expect(watcher.provider.awareness.getStates().get(aId)).toMatchObject({
      user: { name: 'Amina' },
    });
    ws.close();
  });

  it('a dead connection (no pong) is terminated and its presence removed', async () => {
    const { server, tokens, client } = await setup({ PING_INTERVAL_MS: '100' });
    const watcher = client(tokens.owner);
    await watcher.synced;
    // A raw client that never answers pings, announcing one awareness client id.
    const ws = new WebSocket(`${server.syncUrl}/b1?token=${tokens.editor}`, { autoPong: false });
    ws.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    const ghostDoc = new Y.Doc();
    const ghost = new Awareness(ghostDoc);
    ghost.setLocalState({ user: 'ghost' });
    ws.send(
      new Uint8Array([1, ...lengthPrefixed(encodeAwarenessUpdate(ghost, [ghostDoc.clientID]))]),
    );
    await waitFor(() => watcher.provider.awareness.getStates().has(ghostDoc.clientID), 3000);
    await closed;
    await waitFor(() => !watcher.provider.awareness.getStates().has(ghostDoc.clientID), 3000);
    ghost.destroy();
  });
});

/** varUint length + bytes (lib0's varUint8Array) for payloads under 128 bytes. */
function lengthPrefixed(bytes: Uint8Array): number[] {
  if (bytes.length >= 128) throw new Error('test helper handles short payloads only');
  return [bytes.length, ...bytes];
}
