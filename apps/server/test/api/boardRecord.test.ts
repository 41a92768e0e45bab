import { BoardStore } from '@isf/crdt';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { LiveClient, TestServer } from './helpers';
import { bearer, connectClient, createBoard, json, startServer, waitFor } from './helpers';

let server: TestServer | null = null;
const clients: LiveClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  server = null;
});

interface Listed {
  boards: { id: string; title: string; updatedAt: string }[];
}

/** Sets the title the way the web app does: the `meta.update` command on the client's doc. */
function setTitleLive(doc: Y.Doc, title: string): void {
  const store = new BoardStore(doc, { migrate: false });
  try {
    expect(store.run({ type: 'meta.update', title }).ok).toBe(true);
  } finally {
    store.destroy();
  }
}

async function listed(s: TestServer, token: string) {
  const res = await s.inject({ url: '/api/boards', headers: bearer(token) });
  expect(res.statusCode).toBe(200);
  return json<Listed>(res).boards[0]!;
}

async function live(s: TestServer, boardId: string, token: string): Promise<LiveClient> {
  const c = await connectClient(s, boardId, token);
  clients.push(c);
  return c;
}

const metaTitle = (doc: Y.Doc): unknown => doc.getMap('meta').get('title');

describe('board records follow live edits', () => {
  it('a title changed live reaches GET /api/boards with a newer updatedAt', async () => {
    let now = Date.parse('2026-11-27T10:00:00.000Z');
    server = await startServer({}, { clock: () => new Date(now) });
    const s = server;
    const { board, link } = await createBoard(s, { title: 'Created' });
    expect(await listed(s, link.token)).toMatchObject({
      title: 'Created',
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    const a = await live(s, board.id, link.token);
    now = Date.parse('2026-11-27T10:05:00.000Z');
    setTitleLive(a.doc, 'Renamed in the workshop');
    await waitFor(
      async () => (await listed(s, link.token)).title === 'Renamed in the workshop',
      10_000,
      'title in the board list',
    );
    expect((await listed(s, link.token)).updatedAt).toBe('2026-11-27T10:05:00.000Z');
  });

  it('is throttled per board, and brought up to date when the room unloads', async () => {
    server = await startServer({}, { rooms: { boardRecordIntervalMs: 3_600_000 } });
    const s = server;
    const { board, link } = await createBoard(s, { title: 'Created' });
    const a = await live(s, board.id, link.token);
    const b = await live(s, board.id, link.token);
    setTitleLive(a.doc, 'First');
    await waitFor(async () => (await listed(s, link.token)).title === 'First', 10_000, 'First');
    setTitleLive(a.doc, 'Second');
    // Relayed means stored; the record waits for the end of the interval (an hour here).
    await waitFor(() => metaTitle(b.doc) === 'Second', 10_000, 'relay of Second');
    expect((await listed(s, link.token)).title).toBe('First');
    for (const c of clients.splice(0)) c.destroy();
    await waitFor(() => s.app.isf.rooms.size === 0, 20_000, 'unload');
    await waitFor(async () => (await listed(s, link.token)).title === 'Second', 10_000, 'flush');
  });
});
