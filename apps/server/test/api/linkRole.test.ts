import { decodeNoticeMessage } from '@isf/crdt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient as connectRelayClient,
  type RunningServer,
  type TestClient,
} from '../support/relayHarness';
import type { TestServer } from './helpers';
import {
  bearer,
  createBoard,
  createLink,
  json,
  startServer,
  waitFor,
  expectBadRequest,
} from './helpers';

let server: TestServer;
const clients: TestClient[] = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

/** A stock client that records the relay extras (MESSAGE_NOTICE) it receives. */
function client(boardId: string, token: string): TestClient {
  const running: RunningServer = {
    app: server.app,
    port: server.port,
    syncUrl: `ws://127.0.0.1:${server.port}/sync`,
    close: () => server.close(),
  };
  const c = connectRelayClient(running, boardId, token);
  clients.push(c);
  return c;
}

/**
 * Resolves once the server has handled every message `c` sent so far: it sends query-awareness
 * and waits for the answer (a connection's messages are handled in order).
 */
async function roundTrip(c: TestClient): Promise<void> {
  const handlers = c.provider.messageHandlers;
  const original = handlers[1]!;
  let answered = false;
  handlers[1] = (...args) => {
    answered = true;
    original(...args);
  };
  c.provider.ws?.send(new Uint8Array([3]));
  await waitFor(() => answered, 10_000, 'query-awareness answer');
  handlers[1] = original;
}

const patchRole = (boardId: string, linkId: string, token: string, role: string) =>
  server.inject({
    method: 'PATCH',
    url: `/api/boards/${boardId}/links/${linkId}`,
    headers: bearer(token),
    payload: { role },
  });

describe('PATCH /api/boards/:id/links/:linkId', () => {
  it('downgrading an editor link makes its open socket read-only within a second', async () => {
    const { board, link } = await createBoard(server);
    const editorLink = await createLink(server, board.id, link.token, 'editor');
    const editor = client(board.id, editorLink.token);
    const owner = client(board.id, link.token);
    const watcher = client(board.id, link.token);
    await Promise.all([editor.synced, owner.synced, watcher.synced]);
    editor.doc.getMap('nodes').set('before', 1);
    await waitFor(() => watcher.doc.getMap('nodes').has('before'), 10_000, 'edit before');

    const started = Date.now();
    const res = await patchRole(board.id, editorLink.id, link.token, 'viewer');
    expect(res.statusCode).toBe(200);
    expect(json<{ link: { id: string; role: string } }>(res).link).toMatchObject({
      id: editorLink.id,
      role: 'viewer',
    });
    const notice = () =>
      editor.extras.some(
        (e) => e.type === 101 && decodeNoticeMessage(e.data)?.code === 'read-only',
      );
    await waitFor(notice, 1000, 'read-only notice');
    expect(Date.now() - started).toBeLessThan(1000);

    // Its next edit is handled by the server (round trip), then a later edit from the owner
    // reaches the watcher: had the editor's been accepted, it would have been relayed first.
    editor.doc.getMap('nodes').set('after', 2);
    await roundTrip(editor);
    owner.doc.getMap('nodes').set('marker', 3);
    await waitFor(() => watcher.doc.getMap('nodes').has('marker'), 10_000, 'marker');
    expect(watcher.doc.getMap('nodes').has('after')).toBe(false);
    expect(owner.doc.getMap('nodes').has('after')).toBe(false);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await server.app.isf.rooms.readState(board.id));
    expect(stored.getMap('nodes').has('after')).toBe(false);
    expect(stored.getMap('nodes').has('marker')).toBe(true);
    expect(editor.closes).toEqual([]);

    // REST follows too: a viewer link cannot rename.
    const rename = await server.inject({
      method: 'PATCH',
      url: `/api/boards/${board.id}`,
      headers: bearer(editorLink.token),
      payload: { title: 'Nope' },
    });
    expect(rename.statusCode).toBe(403);
  });

  it('upgrading a viewer link lets its socket write again', async () => {
    const { board, link } = await createBoard(server);
    const viewerLink = await createLink(server, board.id, link.token, 'viewer');
    const viewer = client(board.id, viewerLink.token);
    const watcher = client(board.id, link.token);
    await Promise.all([viewer.synced, watcher.synced]);
    const res = await patchRole(board.id, viewerLink.id, link.token, 'editor');
    expect(res.statusCode).toBe(200);
    viewer.doc.getMap('nodes').set('now', 'allowed');
    await waitFor(() => watcher.doc.getMap('nodes').has('now'), 10_000, 'upgraded edit');
  });

  it('is owner only, refuses the owner link (409), revoked links (409), unknown links (404)', async () => {
    const { board, link } = await createBoard(server);
    const editorLink = await createLink(server, board.id, link.token, 'editor');
    expect((await patchRole(board.id, editorLink.id, editorLink.token, 'viewer')).statusCode).toBe(
      403,
    );
    const ownerChange = await patchRole(board.id, link.id, link.token, 'editor');
    expect(ownerChange.statusCode).toBe(409);
    expect(json<{ error: { code: string } }>(ownerChange).error.code).toBe('owner-link');
    const unknown = await patchRole(board.id, 'noSuchLink000000', link.token, 'viewer');
    expect(unknown.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(unknown).error.code).toBe('link-not-found');
    const badRole = await patchRole(board.id, editorLink.id, link.token, 'owner');
    expectBadRequest(badRole, 'body.role');

    await server.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}/links/${editorLink.id}`,
      headers: bearer(link.token),
    });
    const revoked = await patchRole(board.id, editorLink.id, link.token, 'viewer');
    expect(revoked.statusCode).toBe(409);
    expect(json<{ error: { code: string } }>(revoked).error.code).toBe('link-revoked');

    const spec = json<{ paths: Record<string, Record<string, unknown>> }>(
      await server.inject({ url: '/api/docs/json' }),
    );
    expect(spec.paths['/api/boards/{id}/links/{linkId}']).toHaveProperty('patch');
  });
});
