import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../storage/SqliteStorage';
import type { LinkRecord } from '../storage/Storage';
import { can } from './roles';
import { findActiveLink, generateId, generateToken, hashToken, resolveLink } from './tokens';

describe('tokens', () => {
  it('generates 256-bit base64url tokens that differ', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateToken()));
    expect(tokens.size).toBe(100);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
    expect(generateId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('hashes with SHA-256 hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('resolveLink (SQLite storage)', () => {
  let dir: string;
  let storage: SqliteStorage;
  const token = generateToken();
  const link = (over: Partial<LinkRecord>): LinkRecord => ({
    id: generateId(),
    boardId: 'board-a',
    role: 'editor',
    tokenHash: hashToken(token),
    createdAt: '2026-01-01T00:00:00.000Z',
    revokedAt: null,
    ...over,
  });

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isf-tokens-'));
    storage = new SqliteStorage({ dataDir: dir });
    const now = '2026-01-01T00:00:00.000Z';
    for (const id of ['board-a', 'board-b']) {
      await storage.createBoard(
        { id, title: id, createdAt: now, updatedAt: now },
        new Uint8Array([0, 0]),
        link({ boardId: id, role: 'owner', tokenHash: hashToken(`owner-${id}`) }),
      );
    }
  });
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('resolves an active link of the board only', async () => {
    const editor = link({});
    await storage.createLink(editor);
    expect((await resolveLink(storage, 'board-a', token))?.id).toBe(editor.id);
    expect(await resolveLink(storage, 'board-b', token)).toBeNull();
    expect(await resolveLink(storage, 'board-a', undefined)).toBeNull();
    expect(await resolveLink(storage, 'board-a', '')).toBeNull();
    expect(await resolveLink(storage, 'board-a', `${token}x`)).toBeNull();
    expect((await findActiveLink(storage, token))?.boardId).toBe('board-a');

    await storage.revokeLink('board-a', editor.id, '2026-01-02T00:00:00.000Z');
    expect(await resolveLink(storage, 'board-a', token)).toBeNull();
    expect(await findActiveLink(storage, token)).toBeNull();
  });
});

describe('roles', () => {
  it('follows the role matrix', () => {
    expect(can('viewer', 'read')).toBe(true);
    expect(can('viewer', 'rename')).toBe(false);
    expect(can('viewer', 'version')).toBe(false);
    expect(can('editor', 'restore')).toBe(true);
    expect(can('editor', 'links')).toBe(false);
    expect(can('editor', 'delete')).toBe(false);
    expect(can('owner', 'links')).toBe(true);
    expect(can('owner', 'delete')).toBe(true);
  });
});
