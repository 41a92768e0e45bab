import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardRecord, LinkRecord, Storage } from '../../src/storage/Storage';
import { findPoisonedUpdate } from './poison';

/** A storage under test and how to drop what the test created. */
export interface StorageFixture {
  storage: Storage;
  cleanup(): Promise<void>;
}

const NOW = '2026-11-27T10:00:00.000Z';

function board(id: string, title = 'Board'): BoardRecord {
  return { id, title, createdAt: NOW, updatedAt: NOW };
}

function link(id: string, boardId: string, role: LinkRecord['role'] = 'owner'): LinkRecord {
  return { id, boardId, role, tokenHash: `hash-${id}`, createdAt: NOW, revokedAt: null };
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array): void => {
    update = u;
  };
  doc.on('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', capture);
  if (!update) throw new Error('no update');
  return update;
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

/**
 * The behaviour every Storage adapter must have. `make` returns `null` when the adapter's service
 * is not available (the suite is then skipped; see `requireService`).
 */
export function describeStorageContract(
  name: string,
  make: () => Promise<StorageFixture | null>,
): void {
  describe(`Storage contract: ${name}`, () => {
    let fixture: StorageFixture | null = null;
    let seq = 0;
    const id = (p: string): string => `${p}-${Date.now().toString(36)}-${seq++}`;

    beforeAll(async () => {
      fixture = await make();
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    const s = (): Storage => {
      if (!fixture) throw new Error('storage not available');
      return fixture.storage;
    };

    it('creates a board with its first state and owner link, and finds it again', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b, 'ISF'), textUpdate(doc, 'hello'), link(id('l'), b));
      expect(await s().getBoard(b)).toEqual(board(b, 'ISF'));
      expect(replay((await s().loadUpdates(b)).updates)).toBe('hello');
      expect((await s().listLinks(b)).map((l) => l.role)).toEqual(['owner']);
      expect(await s().getBoard('missing')).toBeNull();
    });

    it('appends updates in order and loads them all', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b), textUpdate(doc, 'a'), link(id('l'), b));
      await s().appendUpdates(b, [textUpdate(doc, 'b'), textUpdate(doc, 'c')]);
      await s().appendUpdates(b, [textUpdate(doc, 'd')]);
      expect(await s().countUpdates(b)).toBe(4);
      expect(replay((await s().loadUpdates(b)).updates)).toBe('abcd');
    });

    it('compacts to one row that loads the same document', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b), textUpdate(doc, 'x'), link(id('l'), b));
      for (const ch of 'yz012') await s().appendUpdates(b, [textUpdate(doc, ch)]);
      await s().compact(b);
      expect(await s().countUpdates(b)).toBe(1);
      expect(replay((await s().loadUpdates(b)).updates)).toBe('xyz012');
    });

    it('keeps versions with their state, in creation order', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b), textUpdate(doc, 'v1'), link(id('l'), b));
      const state = Y.encodeStateAsUpdate(doc);
      const v = {
        id: id('v'),
        boardId: b,
        label: 'Workshop day 1',
        note: 'after the MLT retreat',
        author: 'Amina',
        kind: 'manual' as const,
        createdAt: NOW,
      };
      await s().createVersion(v, state);
      expect(await s().listVersions(b)).toEqual([v]);
      const got = await s().getVersion(b, v.id);
      expect(got?.version).toEqual(v);
      expect(replay([got?.state ?? new Uint8Array()])).toBe('v1');
      expect(await s().getVersion(b, 'nope')).toBeNull();
      expect(await s().getVersion('other-board', v.id)).toBeNull();
    });

    it('finds links by token hash and revokes them once', async (ctx) => {
      if (!fixture) return ctx.skip();
      const b = id('b');
      const owner = link(id('l'), b);
      await s().createBoard(board(b), Y.encodeStateAsUpdate(new Y.Doc()), owner);
      const viewer = link(id('l'), b, 'viewer');
      await s().createLink(viewer);
      expect(await s().findLinkByTokenHash(viewer.tokenHash)).toEqual(viewer);
      expect(await s().revokeLink(b, viewer.id, NOW)).toBe(true);
      expect(await s().revokeLink(b, viewer.id, NOW)).toBe(false);
      expect((await s().findLinkByTokenHash(viewer.tokenHash))?.revokedAt).toBe(NOW);
      expect(await s().revokeLink('other', owner.id, NOW)).toBe(false);
    });

    it('renames, lists only the asked boards, and deletes everything of a board', async (ctx) => {
      if (!fixture) return ctx.skip();
      const b1 = id('b');
      const b2 = id('b');
      const l1 = link(id('l'), b1);
      await s().createBoard(board(b1), Y.encodeStateAsUpdate(new Y.Doc()), l1);
      await s().createBoard(board(b2), Y.encodeStateAsUpdate(new Y.Doc()), link(id('l'), b2));
      await s().renameBoard(b1, 'Renamed', '2026-11-28T00:00:00.000Z');
      const listed = await s().listBoards([b1, 'unknown']);
      expect(listed.map((x) => [x.id, x.title])).toEqual([[b1, 'Renamed']]);
      await s().deleteBoard(b1);
      expect(await s().getBoard(b1)).toBeNull();
      expect(await s().findLinkByTokenHash(l1.tokenHash)).toBeNull();
      expect(await s().countUpdates(b1)).toBe(0);
      expect(await s().getBoard(b2)).not.toBeNull();
    });

    it('changes the role of an active share link, never of the owner link', async (ctx) => {
      if (!fixture) return ctx.skip();
      const b = id('b');
      const owner = link(id('l'), b);
      await s().createBoard(board(b), Y.encodeStateAsUpdate(new Y.Doc()), owner);
      const editor = link(id('l'), b, 'editor');
      const revoked = link(id('l'), b, 'editor');
      await s().createLink(editor);
      await s().createLink(revoked);
      await s().revokeLink(b, revoked.id, NOW);
      expect(await s().updateLinkRole(b, editor.id, 'viewer')).toBe(true);
      expect((await s().findLinkByTokenHash(editor.tokenHash))?.role).toBe('viewer');
      expect(await s().updateLinkRole(b, editor.id, 'editor')).toBe(true);
      expect((await s().findLinkByTokenHash(editor.tokenHash))?.role).toBe('editor');
      expect(await s().updateLinkRole(b, owner.id, 'viewer')).toBe(false);
      expect((await s().findLinkByTokenHash(owner.tokenHash))?.role).toBe('owner');
      expect(await s().updateLinkRole(b, revoked.id, 'viewer')).toBe(false);
      expect((await s().findLinkByTokenHash(revoked.tokenHash))?.role).toBe('editor');
      expect(await s().updateLinkRole(b, 'missing', 'viewer')).toBe(false);
      expect(await s().updateLinkRole('other', editor.id, 'viewer')).toBe(false);
      expect((await s().findLinkByTokenHash(editor.tokenHash))?.role).toBe('editor');
    });

    it('touches a board: updatedAt only moves forward, the title changes when given', async (ctx) => {
      if (!fixture) return ctx.skip();
      const b = id('b');
      await s().createBoard(board(b, 'Old'), Y.encodeStateAsUpdate(new Y.Doc()), link(id('l'), b));
      const later = '2026-11-27T11:00:00.000Z';
      await s().touchBoard(b, later);
      expect(await s().getBoard(b)).toMatchObject({ title: 'Old', updatedAt: later });
      await s().touchBoard(b, '2026-11-27T09:00:00.000Z', 'New');
      expect(await s().getBoard(b)).toMatchObject({ title: 'New', updatedAt: later });
      await expect(s().touchBoard('missing', later, 'x')).resolves.toBeUndefined();
      expect(await s().getBoard('missing')).toBeNull();
    });

    it('quarantines update rows by id; they are no longer loaded', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b), textUpdate(doc, 'a'), link(id('l'), b));
      await s().appendUpdates(b, [textUpdate(new Y.Doc(), 'x'), textUpdate(doc, 'c')]);
      const loaded = await s().loadUpdates(b);
      expect(loaded.ids).toHaveLength(3);
      await s().quarantineUpdates(b, [loaded.ids[1]!], 'test');
      await s().quarantineUpdates('other', [loaded.ids[0]!], 'test');
      const after = await s().loadUpdates(b);
      expect(after.ids).toEqual([loaded.ids[0], loaded.ids[2]]);
      expect(replay(after.updates)).toBe('ac');
      expect(await s().countUpdates(b)).toBe(2);
    });

    it('never merges a row Yjs cannot apply when compacting', async (ctx) => {
      if (!fixture) return ctx.skip();
      const doc = new Y.Doc();
      const b = id('b');
      await s().createBoard(board(b), textUpdate(doc, 'kept'), link(id('l'), b));
      await s().appendUpdates(b, [findPoisonedUpdate().update]);
      await s().appendUpdates(b, [textUpdate(doc, ' too')]);
      await s().compact(b);
      expect(await s().countUpdates(b)).toBe(1);
      expect(replay((await s().loadUpdates(b)).updates)).toBe('kept too');
    });

    it('answers ping', async (ctx) => {
      if (!fixture) return ctx.skip();
      await expect(s().ping()).resolves.toBeUndefined();
    });
  });
}
