import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendGroup, applyCompaction, openSqlite, planCompaction } from './sqliteWrites.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isf-sqlite-writes-'));
  dirs.push(dir);
  return openSqlite(path.join(dir, 'db.sqlite'), 'NORMAL');
}

function updates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return out;
}

const ids = (db: ReturnType<typeof openSqlite>) =>
  (db.prepare('SELECT id FROM updates ORDER BY id').all() as { id: number }[]).map((r) => r.id);

describe('compaction plan and apply', () => {
  it('plans nothing for fewer than two rows', () => {
    const db = freshDb();
    appendGroup(db, [{ boardId: 'b', updates: updates(1) }], 'now');
    expect(planCompaction(db, 'b')).toBeNull();
  });

  it('applies a plan: one merged row replaces the planned rows, later rows stay', () => {
    const db = freshDb();
    const all = updates(5);
    appendGroup(db, [{ boardId: 'b', updates: all.slice(0, 3) }], 'now');
    const plan = planCompaction(db, 'b')!;
    expect(plan.mergedIds).toEqual([1, 2, 3]);
    appendGroup(db, [{ boardId: 'b', updates: all.slice(3) }], 'now');
    expect(applyCompaction(db, plan, 'now')).toBe(true);
    expect(ids(db)).toEqual([4, 5, 6]);
    const doc = new Y.Doc();
    for (const row of db.prepare('SELECT data FROM updates').all() as { data: Buffer }[]) {
      Y.applyUpdate(doc, new Uint8Array(row.data));
    }
    expect(doc.getMap('m').size).toBe(5);
  });

  it('changes nothing when a planned row is gone (stale plan)', () => {
    const db = freshDb();
    appendGroup(db, [{ boardId: 'b', updates: updates(3) }], 'now');
    const plan = planCompaction(db, 'b')!;
    db.prepare('DELETE FROM updates WHERE id = 2').run();
    expect(applyCompaction(db, plan, 'now')).toBe(false);
    expect(ids(db)).toEqual([1, 3]);
  });

  it('quarantines undecodable rows instead of merging them', () => {
    const db = freshDb();
    const good = updates(2);
    appendGroup(
      db,
      [{ boardId: 'b', updates: [good[0]!, new Uint8Array([9, 9, 9]), good[1]!] }],
      'now',
    );
    const plan = planCompaction(db, 'b')!;
    expect(plan.undecodableIds).toEqual([2]);
    expect(applyCompaction(db, plan, 'now')).toBe(true);
    expect(ids(db)).toEqual([4]);
    expect(db.prepare('SELECT update_id FROM quarantine').all()).toEqual([{ update_id: 2 }]);
  });
});
