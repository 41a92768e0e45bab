import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardSchema, SCHEMA_VERSION } from '@isf/framework';
import { BoardStore } from './BoardStore';
import { DOC_MIGRATIONS, docSchemaVersion, migrateDoc } from './migrations';
import { syncDocs } from './testing/fixtures';

/** A document in layout 0 (the prototype): plain-string titles, Y.Array support, x/y keys. */
function prototypeDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('meta').set('title', 'Old board');
    const actor = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      id: 'a1',
      name: 'UNDP',
      abbrev: null,
      group: 'country-team',
    }))
      actor.set(k, v);
    doc.getMap('actors').set('a1', actor);
    const node = new Y.Map<unknown>();
    const fields = {
      id: 'n1',
      kind: 'output',
      title: 'Rule of law',
      description: 'desc',
      horizon: 'mid',
      priority: 2,
      status: 'planned',
      lead: null,
      tags: ['ssr'],
      funding: null,
      durationWeeks: null,
      ref: null,
      x: 10,
      y: 20,
    };
    for (const [k, v] of Object.entries(fields)) node.set(k, v);
    const support = new Y.Array<string>();
    support.push(['a1', 'a1']);
    node.set('support', support);
    const benchmarks = new Y.Array<unknown>();
    benchmarks.push([
      {
        id: 'b1',
        horizon: 'short',
        text: 'x',
        status: 'on-track',
        lastReviewed: null,
        reviewedBy: null,
        evidence: '',
      },
    ]);
    node.set('benchmarks', benchmarks);
    node.set('risks', new Y.Array());
    doc.getMap('nodes').set('n1', node);
  });
  return doc;
}

describe('migrations', () => {
  it('is an ordered list ending at the framework schema version', () => {
    expect(DOC_MIGRATIONS.at(-1)?.to).toBe(SCHEMA_VERSION);
    DOC_MIGRATIONS.forEach((m, i) => i > 0 && expect(m.from).toBe(DOC_MIGRATIONS[i - 1]?.to));
  });

  it('reads nothing from an unmigrated prototype doc, and everything after opening a store', () => {
    const doc = prototypeDoc();
    expect(docSchemaVersion(doc)).toBe(0);
    const raw = new BoardStore(doc, { migrate: false });
    expect(raw.read().nodes).toEqual([]);
    expect(raw.readReport().skipped[0]?.id).toBe('n1');
    raw.destroy();
    const store = new BoardStore(doc);
    expect(docSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    const board = store.read();
    expect(BoardSchema.parse(board)).toEqual(board);
    expect(board.nodes[0]).toMatchObject({
      title: 'Rule of law',
      description: 'desc',
      support: ['a1'],
      tags: ['ssr'],
      position: { x: 10, y: 20 },
      benchmarks: [{ id: 'b1', status: 'on-track' }],
    });
    expect(store.text('n1', 'title')).toBeInstanceOf(Y.Text);
    expect(migrateDoc(doc)).toBeNull();
  });

  it('migrates an old doc that arrives from a peer after opening, and concurrent migrations converge', () => {
    const a = new BoardStore(new Y.Doc());
    const b = new BoardStore(new Y.Doc());
    expect(docSchemaVersion(a.doc)).toBeNull(); // empty docs are never stamped
    const old = prototypeDoc();
    syncDocs(old, a.doc);
    syncDocs(old, b.doc);
    expect(a.read().nodes).toHaveLength(1);
    expect(b.read().nodes).toHaveLength(1);
    syncDocs(a.doc, b.doc);
    expect(a.read()).toEqual(b.read());
    expect(a.read().nodes[0]?.support).toEqual(['a1']);
  });
});
