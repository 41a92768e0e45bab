import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers';
import { BoardStore } from '@isf/crdt';
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

interface BoardBody {
  id: string;
  role: string;
  board: {
    meta: { title: string };
    nodes: { id: string; kind: string; ref: string | null }[];
    edges: { id: string; kind: string }[];
  };
  findings: { rule: string }[];
}

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('POST /api/boards', () => {
  it('creates a blank board with an owner link', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { host: 'isf.test:8080' },
      payload: { title: 'Mission X' },
    });
    expect(res.statusCode).toBe(201);
    const body = json<{
      board: { id: string; title: string };
      link: { id: string; role: string; token: string; url: string };
    }>(res);
    expect(body.board.title).toBe('Mission X');
    expect(body.board.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(body.link.role).toBe('owner');
    expect(Buffer.from(body.link.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(body.link.url).toBe(`http://isf.test:8080/b/${body.board.id}#token=${body.link.token}`);

    const get = await server.inject({
      url: `/api/boards/${body.board.id}`,
      headers: bearer(body.link.token),
    });
    expect(get.statusCode).toBe(200);
    const read = json<BoardBody>(get);
    expect(read.board.meta.title).toBe('Mission X');
    expect(read.board.nodes).toHaveLength(0);
    expect(read.role).toBe('owner');
    expect(Array.isArray(read.findings)).toBe(true);
  });

  it('builds the whole study for template {} (164 activities)', async () => {
    const { board, link } = await createBoard(server, { title: 'Study', template: {} });
    const read = json<BoardBody>(
      await server.inject({ url: `/api/boards/${board.id}`, headers: bearer(link.token) }),
    );
    const count = (kind: string) => read.board.nodes.filter((n) => n.kind === kind).length;
    expect(count('activity')).toBe(164);
    expect(count('output')).toBe(20);
    expect(count('objective')).toBe(4);
    expect(read.board.meta.title).toBe('Study');
  });

  it('builds a selected objective only', async () => {
    const { board, link } = await createBoard(server, {
      title: 'Security',
      template: { objectives: ['obj-security'] },
    });
    const read = json<BoardBody>(
      await server.inject({ url: `/api/boards/${board.id}`, headers: bearer(link.token) }),
    );
    const objectives = read.board.nodes.filter((n) => n.kind === 'objective');
    expect(objectives.map((n) => n.ref)).toEqual(['obj-security']);
    const activities = read.board.nodes.filter((n) => n.kind === 'activity').length;
    expect(activities).toBeGreaterThan(0);
    expect(activities).toBeLessThan(164);
  });

  it('rejects unknown template ids with 400 naming them', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'x', template: { objectives: ['obj-nope'], outputs: ['out-nada'] } },
    });
    expect(res.statusCode).toBe(400);
    const { error } = json<{ error: { code: string; message: string } }>(res);
    expect(error.code).toBe('template-unknown-ids');
    expect(error.message).toContain('obj-nope');
    expect(error.message).toContain('out-nada');
  });

  it('rejects a bad body with 400 naming the field', async () => {
    const res = await server.inject({ method: 'POST', url: '/api/boards', payload: { title: 42 } });
    expect(res.statusCode).toBe(400);
    const { error } = json<{ error: { code: string; message: string } }>(res);
    expect(error.code).toBe('validation-failed');
    expect(error.message).toContain('body.title');
    expect(res.body).not.toContain('stack');
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
    expect(json<{ error: { code: string } }>(res).error.code).toBe('bad-request');
    expect(res.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });
});

describe('GET /api/boards (several tokens)', () => {
  it('lists the boards every token opens, with the strongest role', async () => {
    const a = await createBoard(server, { title: 'A' });
    const b = await createBoard(server, { title: 'B' });
    const c = await createBoard(server, { title: 'C' });
    const viewerOfB = await createLink(server, b.board.id, b.link.token, 'viewer');
    const res = await server.inject({
      url: '/api/boards',
      headers: bearer(a.link.token, viewerOfB.token, 'not-a-real-token'),
    });
    expect(res.statusCode).toBe(200);
    const { boards } = json<{ boards: { id: string; title: string; role: string }[] }>(res);
    const byId = new Map(boards.map((x) => [x.id, x]));
    expect(byId.get(a.board.id)?.role).toBe('owner');
    expect(byId.get(b.board.id)?.role).toBe('viewer');
    expect(byId.has(c.board.id)).toBe(false);
    expect(boards).toHaveLength(2);

    const both = await server.inject({
      url: '/api/boards',
      headers: bearer(viewerOfB.token, b.link.token),
    });
    expect(json<{ boards: { role: string }[] }>(both).boards.map((x) => x.role)).toEqual(['owner']);
  });

  it('answers 401 without a token or with only bad tokens', async () => {
    expect((await server.inject({ url: '/api/boards' })).statusCode).toBe(401);
    const bad = await server.inject({ url: '/api/boards', headers: bearer('nope', 'nada') });
    expect(bad.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(bad).error.code).toBe('unauthorized');
  });
});

describe('access to one board', () => {
  it('401 without or with a bad token, 403 for another board, 404 for an unknown board', async () => {
    const a = await createBoard(server, { title: 'A' });
    const b = await createBoard(server, { title: 'B' });
    const url = `/api/boards/${a.board.id}`;
    expect((await server.inject({ url })).statusCode).toBe(401);
    expect((await server.inject({ url, headers: { authorization: 'Basic abc' } })).statusCode).toBe(
      401,
    );
    expect((await server.inject({ url, headers: bearer('x'.repeat(43)) })).statusCode).toBe(401);
    const other = await server.inject({ url, headers: bearer(b.link.token) });
    expect(other.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(other).error.code).toBe('forbidden');
    // Unknown board: 401 for the unauthenticated, 404 once authenticated.
    expect((await server.inject({ url: '/api/boards/doesNotExist0000' })).statusCode).toBe(401);
    const unknown = await server.inject({
      url: '/api/boards/doesNotExist0000',
      headers: bearer(b.link.token),
    });
    expect(unknown.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(unknown).error.code).toBe('board-not-found');
  });
});

describe('PATCH and DELETE /api/boards/:id', () => {
  it('renames for owner and editor, not for a viewer', async () => {
    const { board, link } = await createBoard(server, { title: 'Old' });
    const editor = await createLink(server, board.id, link.token, 'editor');
    const viewer = await createLink(server, board.id, link.token, 'viewer');
    const url = `/api/boards/${board.id}`;

    const denied = await server.inject({
      method: 'PATCH',
      url,
      headers: bearer(viewer.token),
      payload: { title: 'Viewer title' },
    });
    expect(denied.statusCode).toBe(403);

    const empty = await server.inject({
      method: 'PATCH',
      url,
      headers: bearer(editor.token),
      payload: { title: '' },
    });
    expectBadRequest(empty, 'body.title');

    const client = await connectClient(server, board.id, viewer.token);
    const liveTitle = () => {
      const store = new BoardStore(client.doc);
      const title = store.read().meta.title;
      store.destroy();
      return title;
    };
    expect(liveTitle()).toBe('Old');
    const ok = await server.inject({
      method: 'PATCH',
      url,
      headers: bearer(editor.token),
      payload: { title: 'New title' },
    });
    expect(ok.statusCode).toBe(200);
    try {
      await waitFor(() => liveTitle() === 'New title', 3000, 'live title');
    } finally {
      client.destroy();
    }
    expect(json<{ board: { title: string } }>(ok).board.title).toBe('New title');

    const read = json<BoardBody>(await server.inject({ url, headers: bearer(viewer.token) }));
    expect(read.board.meta.title).toBe('New title');
    const list = json<{ boards: { title: string }[] }>(
      await server.inject({ url: '/api/boards', headers: bearer(viewer.token) }),
    );
    expect(list.boards[0]?.title).toBe('New title');
  });

  it('deletes for the owner only', async () => {
    const { board, link } = await createBoard(server);
    const editor = await createLink(server, board.id, link.token, 'editor');
    const url = `/api/boards/${board.id}`;
    const denied = await server.inject({ method: 'DELETE', url, headers: bearer(editor.token) });
    expect(denied.statusCode).toBe(403);
    const client = await connectClient(server, board.id, editor.token);
    const ok = await server.inject({ method: 'DELETE', url, headers: bearer(link.token) });
    expect(ok.statusCode).toBe(204);
    expect(ok.body).toBe('');
    try {
      await waitFor(() => client.closeCodes.length > 0, 1000, 'socket close');
      expect(client.closeCodes[0]).toBe(4404);
    } finally {
      client.destroy();
    }
    // The board and its links are gone: the owner token no longer opens anything.
    expect((await server.inject({ url, headers: bearer(link.token) })).statusCode).toBe(401);
  });
});

describe('errors and docs', () => {
  it('answers a JSON body over 1 MiB with 413', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'x'.repeat(1024 * 1024 + 10) },
    });
    expect(res.statusCode).toBe(413);
    expect(json<{ error: { code: string } }>(res).error.code).toBe('payload-too-large');
  });

  it('answers a bad board id with 400 naming the parameter', async () => {
    const res = await server.inject({ url: '/api/boards/bad%20id!' });
    expectBadRequest(res, 'params.id');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await server.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(res).error.code).toBe('not-found');
  });

  it('serves the OpenAPI description listing the routes', async () => {
    const res = await server.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(res);
    expect(spec.openapi).toMatch(/^3\./);
    const expected: [string, string][] = [
      ['/api/boards', 'post'],
      ['/api/boards', 'get'],
      ['/api/boards/{id}', 'get'],
      ['/api/boards/{id}', 'patch'],
      ['/api/boards/{id}', 'delete'],
      ['/api/boards/{id}/versions', 'get'],
      ['/api/boards/{id}/versions', 'post'],
      ['/api/boards/{id}/versions/{versionId}', 'get'],
      ['/api/boards/{id}/diff', 'get'],
      ['/api/boards/{id}/versions/{versionId}/restore', 'post'],
      ['/api/boards/{id}/export.json', 'get'],
      ['/api/boards/{id}/export.csv', 'get'],
      ['/api/import', 'post'],
      ['/api/boards/{id}/links', 'post'],
      ['/api/boards/{id}/links', 'get'],
      ['/api/boards/{id}/links/{linkId}', 'delete'],
    ];
    for (const [p, method] of expected) {
      expect(spec.paths[p]?.[method], `${method.toUpperCase()} ${p}`).toBeDefined();
    }
    const ui = await server.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
