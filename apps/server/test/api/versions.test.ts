import { BoardStore } from '@isf/crdt';
import type { Board } from '@isf/framework';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveClient, TestServer } from './helpers';
import {
  bearer,
  connectClient,
  createBoard,
  createLink,
  json,
  startServer,
  waitFor,
  expectBadRequest,
} from './helpers';

interface Version {
  id: string;
  label: string;
  note: string;
  author: string;
  kind: string;
}
interface Diff {
  nodes: { added: { id: string }[]; removed: { id: string }[] };
  edges: { added: { id: string }[]; removed: { id: string; kind: string }[] };
}

let server: TestServer;
const clients: LiveClient[] = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

async function currentBoard(boardId: string, token: string): Promise<Board> {
  const res = await server.inject({ url: `/api/boards/${boardId}`, headers: bearer(token) });
  return json<{ board: Board }>(res).board;
}

/** A sequence edge and an activity that is not one of its ends. */
function pickTargets(board: Board): { edgeId: string; nodeId: string } {
  const edge = board.edges.find((e) => e.kind === 'sequence');
  if (!edge) throw new Error('the study has sequence edges');
  const node = board.nodes.find(
    (n) => n.kind === 'activity' && n.id !== edge.source && n.id !== edge.target,
  );
  if (!node) throw new Error('no activity');
  return { edgeId: edge.id, nodeId: node.id };
}

/** Removes a node and a sequence edge through a live y-websocket client; waits until stored. */
async function removeLive(client: LiveClient, boardId: string, token: string, board: Board) {
  const { edgeId, nodeId } = pickTargets(board);
  const store = new BoardStore(client.doc);
  expect(store.run({ type: 'edge.disconnect', ids: [edgeId] }).ok).toBe(true);
  expect(store.run({ type: 'node.delete', ids: [nodeId] }).ok).toBe(true);
  store.destroy();
  await waitFor(
    async () => !(await currentBoard(boardId, token)).nodes.some((n) => n.id === nodeId),
    5000,
    'server to see the deletion',
  );
  return { edgeId, nodeId };
}

describe('versions', () => {
  it('saves, lists, gets and diffs versions against the current board', async () => {
    const { board, link } = await createBoard(server, { title: 'Study', template: {} });
    const base = `/api/boards/${board.id}`;
    const saved = await server.inject({
      method: 'POST',
      url: `${base}/versions`,
      headers: bearer(link.token),
      payload: { label: 'Baseline', note: 'Workshop day 1', author: 'Ana' },
    });
    expect(saved.statusCode).toBe(201);
    const v1 = json<{ version: Version }>(saved).version;
    expect(v1).toMatchObject({
      label: 'Baseline',
      note: 'Workshop day 1',
      author: 'Ana',
      kind: 'manual',
    });

    const anon = await server.inject({
      method: 'POST',
      url: `${base}/versions`,
      headers: bearer(link.token),
      payload: { label: 'Second' },
    });
    expect(json<{ version: Version }>(anon).version.author).toBe('Anonymous');

    const list = json<{ versions: Version[] }>(
      await server.inject({ url: `${base}/versions`, headers: bearer(link.token) }),
    );
    expect(list.versions.map((v) => v.label).sort()).toEqual(['Baseline', 'Second']);

    const got = await server.inject({
      url: `${base}/versions/${v1.id}`,
      headers: bearer(link.token),
    });
    expect(got.statusCode).toBe(200);
    const gotBody = json<{ version: Version; board: Board }>(got);
    expect(gotBody.version.id).toBe(v1.id);
    expect(gotBody.board.nodes.filter((n) => n.kind === 'activity')).toHaveLength(164);

    const client = await connectClient(server, board.id, link.token);
    clients.push(client);
    const before = await currentBoard(board.id, link.token);
    const { edgeId, nodeId } = await removeLive(client, board.id, link.token, before);

    const diffRes = await server.inject({
      url: `${base}/diff?from=${v1.id}&to=current`,
      headers: bearer(link.token),
    });
    expect(diffRes.statusCode).toBe(200);
    const { diff } = json<{ diff: Diff }>(diffRes);
    expect(diff.nodes.removed.map((n) => n.id)).toContain(nodeId);
    const removedEdge = diff.edges.removed.find((e) => e.id === edgeId);
    expect(removedEdge?.kind).toBe('sequence');
    expect(diff.nodes.added).toHaveLength(0);

    // `to` defaults to current; reversed direction adds the node back.
    const reverse = json<{ diff: Diff }>(
      await server.inject({
        url: `${base}/diff?from=current&to=${v1.id}`,
        headers: bearer(link.token),
      }),
    ).diff;
    expect(reverse.nodes.added.map((n) => n.id)).toContain(nodeId);
    const defaultTo = json<{ diff: Diff }>(
      await server.inject({ url: `${base}/diff?from=${v1.id}`, headers: bearer(link.token) }),
    ).diff;
    expect(defaultTo.nodes.removed.map((n) => n.id)).toContain(nodeId);
  });

  it('answers 404 for unknown versions and 400 for a diff without from', async () => {
    const { board, link } = await createBoard(server);
    const base = `/api/boards/${board.id}`;
    for (const url of [
      `${base}/versions/noSuchVersion123`,
      `${base}/diff?from=noSuchVersion123&to=current`,
    ]) {
      const res = await server.inject({ url, headers: bearer(link.token) });
      expect(res.statusCode, url).toBe(404);
      expect(json<{ error: { code: string } }>(res).error.code).toBe('version-not-found');
    }
    const restore = await server.inject({
      method: 'POST',
      url: `${base}/versions/noSuchVersion123/restore`,
      headers: bearer(link.token),
      payload: {},
    });
    expect(restore.statusCode).toBe(404);
    const noFrom = await server.inject({ url: `${base}/diff`, headers: bearer(link.token) });
    expectBadRequest(noFrom, 'querystring.from');
    const noLabel = await server.inject({
      method: 'POST',
      url: `${base}/versions`,
      headers: bearer(link.token),
      payload: { note: 'no label' },
    });
    expectBadRequest(noLabel, 'body.label');
  });

  it('lets a viewer read versions and diffs but not save or restore', async () => {
    const { board, link } = await createBoard(server);
    const viewer = await createLink(server, board.id, link.token, 'viewer');
    const base = `/api/boards/${board.id}`;
    const v = json<{ version: Version }>(
      await server.inject({
        method: 'POST',
        url: `${base}/versions`,
        headers: bearer(link.token),
        payload: { label: 'v' },
      }),
    ).version;
    const h = bearer(viewer.token);
    expect((await server.inject({ url: `${base}/versions`, headers: h })).statusCode).toBe(200);
    expect((await server.inject({ url: `${base}/versions/${v.id}`, headers: h })).statusCode).toBe(
      200,
    );
    expect((await server.inject({ url: `${base}/diff?from=${v.id}`, headers: h })).statusCode).toBe(
      200,
    );
    const save = await server.inject({
      method: 'POST',
      url: `${base}/versions`,
      headers: h,
      payload: { label: 'mine' },
    });
    expect(save.statusCode).toBe(403);
    const restore = await server.inject({
      method: 'POST',
      url: `${base}/versions/${v.id}/restore`,
      headers: h,
      payload: {},
    });
    expect(restore.statusCode).toBe(403);
  });
});

describe('restore', () => {
  it('records a before-restore version and every connected client sees the restore live', async () => {
    const { board, link } = await createBoard(server, { title: 'Study', template: {} });
    const editor = await createLink(server, board.id, link.token, 'editor');
    const viewer = await createLink(server, board.id, link.token, 'viewer');
    const base = `/api/boards/${board.id}`;
    const v1 = json<{ version: Version }>(
      await server.inject({
        method: 'POST',
        url: `${base}/versions`,
        headers: bearer(editor.token),
        payload: { label: 'Baseline' },
      }),
    ).version;

    const editing = await connectClient(server, board.id, editor.token);
    const watching = await connectClient(server, board.id, viewer.token);
    clients.push(editing, watching);
    const { nodeId, edgeId } = await removeLive(
      editing,
      board.id,
      editor.token,
      await currentBoard(board.id, editor.token),
    );
    const seesNode = (c: LiveClient) => {
      const store = new BoardStore(c.doc);
      const board = store.read();
      store.destroy();
      return board.nodes.some((n) => n.id === nodeId) && board.edges.some((e) => e.id === edgeId);
    };
    await waitFor(() => !seesNode(watching), 5000, 'viewer to see the deletion');

    const res = await server.inject({
      method: 'POST',
      url: `${base}/versions/${v1.id}/restore`,
      headers: bearer(editor.token),
      payload: { author: 'Ben' },
    });
    expect(res.statusCode).toBe(200);
    const { before, diff } = json<{ before: Version; diff: Diff }>(res);
    expect(before.kind).toBe('before-restore');
    expect(before.author).toBe('Ben');
    expect(diff.nodes.added.map((n) => n.id)).toContain(nodeId);

    // Both live clients receive the restore without reconnecting.
    await waitFor(() => seesNode(editing) && seesNode(watching), 3000, 'clients to see restore');
    expect(editing.closeCodes).toEqual([]);

    // The before-restore version holds the state just before the restore (node deleted).
    const versions = json<{ versions: Version[] }>(
      await server.inject({ url: `${base}/versions`, headers: bearer(viewer.token) }),
    ).versions;
    expect(versions.map((v) => v.kind).sort()).toEqual(['before-restore', 'manual']);
    const saved = json<{ board: Board }>(
      await server.inject({ url: `${base}/versions/${before.id}`, headers: bearer(viewer.token) }),
    ).board;
    expect(saved.nodes.some((n) => n.id === nodeId)).toBe(false);
    expect(saved.nodes.filter((n) => n.kind === 'activity')).toHaveLength(163);

    const now = await currentBoard(board.id, viewer.token);
    expect(now.nodes.some((n) => n.id === nodeId)).toBe(true);
  });
});
