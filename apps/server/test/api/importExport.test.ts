import path from 'node:path';
import Database from 'better-sqlite3';
import type { Board } from '@isf/framework';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers';
import { bearer, createBoard, createLink, json, startServer } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

/** Number of boards in the SQLite file (to prove a failed import created nothing). */
function countBoards(): number {
  const db = new Database(path.join(server.dataDir, 'isf-board.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A minimal RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const writeCsv = (rows: string[][]): string =>
  rows
    .map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(','))
    .join('\r\n') + '\r\n';

async function studyBoard(): Promise<{ id: string; token: string; board: Board }> {
  const { board, link } = await createBoard(server, {
    title: 'Security ISF',
    template: { objectives: ['obj-security'] },
  });
  const read = json<{ board: Board }>(
    await server.inject({ url: `/api/boards/${board.id}`, headers: bearer(link.token) }),
  );
  return { id: board.id, token: link.token, board: read.board };
}

describe('export', () => {
  it('exports JSON and CSV as downloads, for viewers too', async () => {
    const { id, token } = await studyBoard();
    const viewer = await createLink(server, id, token, 'viewer');
    const jsonRes = await server.inject({
      url: `/api/boards/${id}/export.json`,
      headers: bearer(viewer.token),
    });
    expect(jsonRes.statusCode).toBe(200);
    expect(jsonRes.headers['content-type']).toMatch(/^application\/json/);
    expect(jsonRes.headers['content-disposition']).toMatch(
      /^attachment; filename="isf-security-isf\.json"/,
    );
    expect(() => JSON.parse(jsonRes.body) as unknown).not.toThrow();

    const csvRes = await server.inject({
      url: `/api/boards/${id}/export.csv`,
      headers: bearer(viewer.token),
    });
    expect(csvRes.statusCode).toBe(200);
    expect(csvRes.headers['content-type']).toMatch(/^text\/csv/);
    expect(csvRes.headers['content-disposition']).toContain('filename="isf-security-isf.csv"');
    expect(readCsv(csvRes.body).length).toBeGreaterThan(2);

    expect((await server.inject({ url: `/api/boards/${id}/export.json` })).statusCode).toBe(401);
  });
});

describe('import', () => {
  it('imports an exported JSON file into a new board with the same content', async () => {
    const { id, token, board } = await studyBoard();
    const file = (
      await server.inject({ url: `/api/boards/${id}/export.json`, headers: bearer(token) })
    ).body;
    const res = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: file,
    });
    expect(res.statusCode).toBe(201);
    const created = json<{
      board: { id: string; title: string };
      link: { role: string; token: string };
    }>(res);
    expect(created.board.id).not.toBe(id);
    expect(created.board.title).toBe('Security ISF');
    expect(created.link.role).toBe('owner');
    const copy = json<{ board: Board }>(
      await server.inject({
        url: `/api/boards/${created.board.id}`,
        headers: bearer(created.link.token),
      }),
    ).board;
    expect(copy.nodes).toEqual(board.nodes);
    expect(copy.edges).toEqual(board.edges);
  });

  it('imports an exported CSV file, with the title from the query', async () => {
    const { id, token, board } = await studyBoard();
    const file = (
      await server.inject({ url: `/api/boards/${id}/export.csv`, headers: bearer(token) })
    ).body;
    const res = await server.inject({
      method: 'POST',
      url: '/api/import?title=From%20CSV',
      headers: { 'content-type': 'text/csv' },
      payload: file,
    });
    expect(res.statusCode).toBe(201);
    const created = json<{ board: { id: string; title: string }; link: { token: string } }>(res);
    expect(created.board.title).toBe('From CSV');
    const copy = json<{ board: Board }>(
      await server.inject({
        url: `/api/boards/${created.board.id}`,
        headers: bearer(created.link.token),
      }),
    ).board;
    expect(copy.meta.title).toBe('From CSV');
    expect(copy.nodes.map((n) => n.id)).toEqual(board.nodes.map((n) => n.id));
    expect(copy.edges.length).toBe(board.edges.length);
  });

  it('rejects a bad CSV with 422 naming the row, and creates nothing', async () => {
    const { id, token } = await studyBoard();
    const rows = readCsv(
      (await server.inject({ url: `/api/boards/${id}/export.csv`, headers: bearer(token) })).body,
    );
    const header = rows[0] ?? [];
    const col = header.indexOf('priority');
    expect(col).toBeGreaterThanOrEqual(0);
    const index = rows.findIndex((r, i) => i > 1 && (r[col] ?? '') !== '');
    expect(index).toBeGreaterThan(1);
    const target = rows[index] as string[];
    target[col] = 'urgent';
    const before = countBoards();

    const res = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'text/csv' },
      payload: writeCsv(rows),
    });
    expect(res.statusCode).toBe(422);
    const { error } = json<{
      error: { code: string; message: string; issues: { path: string; row?: number }[] };
    }>(res);
    expect(error.code).toBe('import-invalid');
    const rowNumber = index + 1; // the header is row 1
    expect(
      error.issues.some((i) => i.row === rowNumber && i.path.includes(`row ${rowNumber}`)),
    ).toBe(true);
    expect(error.message).toContain(`row ${rowNumber}`);
    expect(countBoards()).toBe(before);
  });

  it('rejects bad JSON with 422 and an unsupported type with 415', async () => {
    const before = countBoards();
    const broken = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: '{"meta": {"title": "x"}, "nodes": [',
    });
    expect(broken.statusCode).toBe(422);
    expect(json<{ error: { code: string } }>(broken).error.code).toBe('import-invalid');
    const wrongShape = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ hello: 'world' }),
    });
    expect(wrongShape.statusCode).toBe(422);
    expect(json<{ error: { issues: unknown[] } }>(wrongShape).error.issues.length).toBeGreaterThan(
      0,
    );
    const xml = await server.inject({
      method: 'POST',
      url: '/api/import',
      headers: { 'content-type': 'application/xml' },
      payload: '<board/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(countBoards()).toBe(before);
  });
});
