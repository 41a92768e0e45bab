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

interface LinkInfo {
  id: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

let server: TestServer;
const clients: LiveClient[] = [];
beforeEach(async () => {
  server = await startServer({ PUBLIC_URL: 'https://isf.example.org/' });
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

describe('share links', () => {
  it('creates editor and viewer links with URLs on PUBLIC_URL (owner only)', async () => {
    const { board, link } = await createBoard(server);
    expect(link.url).toBe(`https://isf.example.org/b/${board.id}#token=${link.token}`);
    const res = await server.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/links`,
      headers: bearer(link.token),
      payload: { role: 'editor' },
    });
    expect(res.statusCode).toBe(201);
    const created = json<{ link: { id: string; role: string; token: string; url: string } }>(
      res,
    ).link;
    expect(created.role).toBe('editor');
    expect(created.token).not.toBe(link.token);
    expect(created.url).toBe(`https://isf.example.org/b/${board.id}#token=${created.token}`);

    // The editor can read and rename but not manage links.
    const byEditor = await server.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/links`,
      headers: bearer(created.token),
      payload: { role: 'viewer' },
    });
    expect(byEditor.statusCode).toBe(403);
    const listByEditor = await server.inject({
      url: `/api/boards/${board.id}/links`,
      headers: bearer(created.token),
    });
    expect(listByEditor.statusCode).toBe(403);

    const badRole = await server.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/links`,
      headers: bearer(link.token),
      payload: { role: 'owner' },
    });
    expectBadRequest(badRole, 'body.role');
  });

  it('lists links without tokens or hashes', async () => {
    const { board, link } = await createBoard(server);
    const viewer = await createLink(server, board.id, link.token, 'viewer');
    const res = await server.inject({
      url: `/api/boards/${board.id}/links`,
      headers: bearer(link.token),
    });
    expect(res.statusCode).toBe(200);
    const { links } = json<{ links: LinkInfo[] }>(res);
    expect(links.map((l) => l.role).sort()).toEqual(['owner', 'viewer']);
    for (const l of links) {
      expect(Object.keys(l).sort()).toEqual(['createdAt', 'id', 'revokedAt', 'role']);
    }
    expect(res.body).not.toContain(viewer.token);
    expect(res.body).not.toContain(link.token);
  });

  it('revokes a link: REST answers 401 and an open socket closes within a second', async () => {
    const { board, link } = await createBoard(server);
    const viewer = await createLink(server, board.id, link.token, 'viewer');
    const client = await connectClient(server, board.id, viewer.token);
    clients.push(client);

    const started = Date.now();
    const res = await server.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}/links/${viewer.id}`,
      headers: bearer(link.token),
    });
    expect(res.statusCode).toBe(204);
    await waitFor(() => client.closeCodes.length > 0, 1000, 'socket close');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(client.closeCodes[0]).toBe(4403);

    const after = await server.inject({
      url: `/api/boards/${board.id}`,
      headers: bearer(viewer.token),
    });
    expect(after.statusCode).toBe(401);
    const { links } = json<{ links: LinkInfo[] }>(
      await server.inject({ url: `/api/boards/${board.id}/links`, headers: bearer(link.token) }),
    );
    expect(links.find((l) => l.id === viewer.id)?.revokedAt).not.toBeNull();
  });

  it('refuses to revoke the last owner link (409) and unknown links (404)', async () => {
    const { board, link } = await createBoard(server);
    const last = await server.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}/links/${link.id}`,
      headers: bearer(link.token),
    });
    expect(last.statusCode).toBe(409);
    expect(json<{ error: { code: string } }>(last).error.code).toBe('last-owner-link');
    const unknown = await server.inject({
      method: 'DELETE',
      url: `/api/boards/${board.id}/links/noSuchLink000000`,
      headers: bearer(link.token),
    });
    expect(unknown.statusCode).toBe(404);
    expect(json<{ error: { code: string } }>(unknown).error.code).toBe('link-not-found');
  });
});

describe('rate limits', () => {
  it('answers 429 after too many failed authentications, even for a valid token', async () => {
    const { board, link } = await createBoard(server);
    const url = `/api/boards/${board.id}`;
    for (let i = 0; i < 20; i += 1) {
      const res = await server.inject({ url, headers: bearer(`guess-${i}`) });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await server.inject({ url, headers: bearer('guess-20') });
    expect(blocked.statusCode).toBe(429);
    expect(json<{ error: { code: string } }>(blocked).error.code).toBe('rate-limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await server.inject({ url, headers: bearer(link.token) })).statusCode).toBe(429);
    // Another IP is not affected.
    const other = await server.inject({
      url,
      headers: bearer(link.token),
      remoteAddress: '10.0.0.9',
    });
    expect(other.statusCode).toBe(200);
  });

  it('answers 429 after 30 board creations per minute from one IP (import included)', async () => {
    for (let i = 0; i < 30; i += 1) {
      const res = await server.inject({
        method: 'POST',
        url: '/api/boards',
        payload: { title: `b${i}` },
      });
      expect(res.statusCode).toBe(201);
    }
    const blocked = await server.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'x' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(json<{ error: { code: string } }>(blocked).error.code).toBe('rate-limited');
    const importBlocked = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'text/csv' },
      payload: 'x',
    });
    expect(importBlocked.statusCode).toBe(429);
  });

  it('takes its limits from RATE_LIMIT_CREATE_PER_MINUTE and RATE_LIMIT_AUTH_FAILURES_PER_MINUTE', async () => {
    const low = await startServer({
      RATE_LIMIT_CREATE_PER_MINUTE: '2',
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3',
    });
    try {
      const create = () =>
        low.inject({ method: 'POST', url: '/api/boards', payload: { title: 'x' } });
      expect((await create()).statusCode).toBe(201);
      const second = await create();
      expect(second.statusCode).toBe(201);
      const blocked = await create();
      expect(blocked.statusCode).toBe(429);
      expect(json<{ error: { code: string } }>(blocked).error.code).toBe('rate-limited');

      const { board } = json<{ board: { id: string } }>(second);
      const url = `/api/boards/${board.id}`;
      for (let i = 0; i < 3; i += 1) {
        expect((await low.inject({ url, headers: bearer(`guess-${i}`) })).statusCode).toBe(401);
      }
      expect((await low.inject({ url, headers: bearer('guess-3') })).statusCode).toBe(429);
    } finally {
      await low.close();
    }
  });
});
