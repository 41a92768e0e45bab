import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardSchema, createBoard, createNode } from '@isf/framework';
import { BoardStore } from './BoardStore';
import type { ChangeSet } from './ChangeSet';
import { makeStore, syncDocs } from './testing/fixtures';
import { createUndoManager } from './undo/createUndoManager';
import { writeBoard } from './writeBoard';

describe('BoardStore.read', () => {
  it('reads an empty doc as an empty board with defaults', () => {
    const store = makeStore();
    const board = store.read();
    expect(board.nodes).toEqual([]);
    expect(board.meta.schemaVersion).toBe(1);
    expect(BoardSchema.parse(board)).toEqual(board);
  });

  it('round-trips a board written with writeBoard', () => {
    const board = createBoard({
      title: 'Mission X',
      actors: [{ id: 'a1', name: 'SRSG', abbrev: null, group: 'mission-component' }],
      nodes: [
        createNode({ id: 'n2', kind: 'output', title: 'Out', lead: 'a1' }),
        createNode({
          id: 'n1',
          kind: 'activity',
          support: ['a1'],
          tags: ['poc', 'gender'],
          benchmarks: [
            {
              id: 'b1',
              horizon: 'short',
              text: 'x',
              status: 'on-track',
              lastReviewed: null,
              reviewedBy: null,
              evidence: '',
            },
          ],
        }),
      ],
      edges: [
        { id: 'e1', kind: 'contributes', source: 'n1', target: 'n2', suggested: true, note: '' },
      ],
    });
    const doc = new Y.Doc();
    writeBoard(doc, board);
    const read = new BoardStore(doc).read();
    expect(read.nodes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(read.nodes[0]?.tags).toEqual(['gender', 'poc']);
    expect(read.edges).toHaveLength(1);
    expect(read.meta.title).toBe('Mission X');
    expect(read.nodes[0]?.benchmarks[0]?.status).toBe('on-track');
  });

  it('returns the same object when nothing changed and reuses unchanged records', () => {
    const store = makeStore();
    store.run({ type: 'node.add', node: { kind: 'activity' } });
    store.run({ type: 'node.add', node: { kind: 'output' } });
    const a = store.read();
    expect(store.read()).toBe(a);
    store.run({ type: 'node.update', id: 'id1', fields: { priority: 1 } });
    const b = store.read();
    expect(b).not.toBe(a);
    expect(b.nodes[1]).toBe(a.nodes[1]);
    expect(b.nodes[0]?.priority).toBe(1);
  });

  it('skips invalid remote records and reports them; other records still read', () => {
    const store = makeStore();
    store.run({ type: 'node.add', node: { id: 'good', kind: 'activity' } });
    store.run({ type: 'node.add', node: { id: 'bad', kind: 'activity' } });
    const remote = new Y.Doc();
    syncDocs(store.doc, remote);
    const badMap = remote.getMap('nodes').get('bad') as Y.Map<unknown>;
    remote.transact(() => badMap.set('priority', 99));
    remote.transact(() => remote.getMap('nodes').set('junk', 'not a map'));
    syncDocs(store.doc, remote);
    const report = store.readReport();
    expect(report.board.nodes.map((n) => n.id)).toEqual(['good']);
    expect(report.skipped.map((s) => s.id).sort()).toEqual(['bad', 'junk']);
    expect(report.skipped.find((s) => s.id === 'bad')?.reason).toMatch(/priority/);
  });

  it('leaves edges with a missing endpoint out and reports DANGLING-EDGE', () => {
    const a = makeStore('a');
    a.run({ type: 'node.add', node: { id: 'x', kind: 'activity' } });
    a.run({ type: 'node.add', node: { id: 'y', kind: 'activity' } });
    const b = new BoardStore(new Y.Doc(), { idGenerator: () => 'e1' });
    syncDocs(a.doc, b.doc);
    // concurrently: a deletes y, b connects x → y
    expect(a.run({ type: 'node.delete', ids: ['y'] }).ok).toBe(true);
    expect(b.run({ type: 'edge.connect', kind: 'sequence', source: 'x', target: 'y' }).ok).toBe(
      true,
    );
    syncDocs(a.doc, b.doc);
    for (const s of [a, b]) {
      const r = s.readReport();
      expect(r.board.edges).toEqual([]);
      expect(r.dangling).toHaveLength(1);
      expect(r.dangling[0]).toMatchObject({
        rule: 'DANGLING-EDGE',
        edgeIds: ['e1'],
        nodeIds: ['x'],
      });
    }
  });
});

describe('BoardStore cache', () => {
  it('stays correct when getNode/getEdge refresh the caches before read()', () => {
    const a = makeStore('a');
    a.run({ type: 'node.add', node: { id: 'x', kind: 'activity' } });
    a.run({ type: 'node.add', node: { id: 'y', kind: 'activity' } });
    const b = makeStore('b');
    syncDocs(a.doc, b.doc);
    b.run({ type: 'edge.connect', kind: 'sequence', source: 'x', target: 'y', id: 'e' });
    expect(a.read().edges).toEqual([]);
    syncDocs(a.doc, b.doc);
    expect(a.getEdge('e')?.id).toBe('e');
    expect(a.read().edges.map((e) => e.id)).toEqual(['e']);
    b.run({ type: 'node.delete', ids: ['y'] });
    a.run({ type: 'node.update', id: 'y', fields: { priority: 1 } });
    syncDocs(a.doc, b.doc);
    expect(a.getNode('y')).toBeUndefined();
    expect(a.read().edges).toEqual([]);
    expect(a.read().nodes.map((n) => n.id)).toEqual(['x']);
    expect(a.readReport().dangling).toEqual([]);
  });
});

describe('BoardStore.subscribe', () => {
  it('delivers only the changed ids, local and remote', () => {
    const a = makeStore('a');
    const b = makeStore('b');
    a.run({ type: 'node.add', node: { id: 'n1', kind: 'activity' } });
    a.run({ type: 'node.add', node: { id: 'n2', kind: 'activity' } });
    syncDocs(a.doc, b.doc);
    const seenA: ChangeSet[] = [];
    const seenB: ChangeSet[] = [];
    const offA = a.subscribe((c) => seenA.push(c));
    b.subscribe((c) => seenB.push(c));
    a.run({ type: 'text.edit', nodeId: 'n2', field: 'title', index: 0, insert: 'Hi' });
    expect(seenA).toHaveLength(1);
    expect(seenA[0]).toMatchObject({
      nodes: { added: [], updated: ['n2'], removed: [] },
      edges: { added: [], updated: [], removed: [] },
      meta: false,
      local: true,
      origin: a.origin,
    });
    syncDocs(a.doc, b.doc);
    expect(seenB).toHaveLength(1);
    expect(seenB[0]).toMatchObject({ nodes: { updated: ['n2'] }, local: false });
    a.run({ type: 'node.delete', ids: ['n1'] });
    expect(seenA[1]?.nodes).toEqual({ added: [], updated: [], removed: ['n1'] });
    offA();
    a.run({ type: 'node.add', node: { kind: 'output' } });
    expect(seenA).toHaveLength(2);
  });

  it('reports nested edits as node updates and several kinds in one change set', () => {
    const s = makeStore('s');
    s.run({ type: 'actor.add', actor: { id: 'a', name: 'A' } });
    s.run({ type: 'node.add', node: { id: 'n1', kind: 'output' } });
    s.run({ type: 'node.add', node: { id: 'n2', kind: 'activity' } });
    s.run({ type: 'edge.connect', kind: 'contributes', source: 'n2', target: 'n1', id: 'e' });
    s.run({
      type: 'benchmark.add',
      nodeId: 'n1',
      benchmark: { id: 'b', horizon: 'mid', text: '' },
    });
    const seen: ChangeSet[] = [];
    s.subscribe((c) => seen.push(c));
    s.run({
      type: 'benchmark.setStatus',
      nodeId: 'n1',
      benchmarkId: 'b',
      status: 'at-risk',
      reviewer: 'x',
    });
    s.run({ type: 'support.add', nodeId: 'n2', actorId: 'a' });
    s.run({ type: 'node.delete', ids: ['n1'] });
    s.run({ type: 'meta.update', title: 'T' });
    s.run({ type: 'node.update', id: 'n2', fields: { priority: 3 } }); // unchanged value: no change set
    expect(seen.map((c) => c.nodes)).toEqual([
      { added: [], updated: ['n1'], removed: [] },
      { added: [], updated: ['n2'], removed: [] },
      { added: [], updated: [], removed: ['n1'] },
      { added: [], updated: [], removed: [] },
    ]);
    expect(seen[2]?.edges.removed).toEqual(['e']);
    expect(seen.map((c) => c.meta)).toEqual([false, false, false, true]);
  });

  it('a throwing listener does not break the transaction or other listeners', () => {
    const errors: unknown[] = [];
    const s = makeStore('t', { onListenerError: (e) => errors.push(e) });
    s.run({ type: 'meta.update', title: 'stamped' });
    let other = 0;
    s.subscribe(() => {
      throw new Error('listener bug');
    });
    s.subscribe(() => other++);
    expect(s.run({ type: 'node.add', node: { kind: 'activity' } }).ok).toBe(true);
    expect(other).toBe(1);
    expect(errors).toHaveLength(1);
    expect(s.read().nodes).toHaveLength(1);
  });

  it('stamps the schema version of a fresh doc outside the undoable command', () => {
    const s = makeStore();
    const undo = createUndoManager(s);
    s.run({ type: 'node.add', node: { kind: 'activity' } });
    undo.undo();
    expect(s.doc.getMap('meta').get('schemaVersion')).toBe(1);
    expect(s.read().nodes).toEqual([]);
  });
});

describe('writeBoard', () => {
  it('refuses a non-empty doc and an invalid board', () => {
    const doc = new Y.Doc();
    writeBoard(doc, createBoard({ nodes: [createNode({ id: 'n', kind: 'activity' })] }));
    expect(() => writeBoard(doc, createBoard())).toThrow(/already holds/);
    expect(() =>
      writeBoard(new Y.Doc(), { ...createBoard(), nodes: [{ id: '' } as never] }),
    ).toThrow(/invalid board/);
  });

  it('writes in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { server: true };
    writeBoard(doc, createBoard({ nodes: [createNode({ id: 'n', kind: 'activity' })] }), origin);
    expect(origins).toEqual([origin]);
  });
});

describe('lead and support', () => {
  it('a concurrent lead.set and support.add of the same actor: the lead is not listed as supporter', () => {
    const a = makeStore('a');
    a.run({ type: 'actor.add', actor: { id: 'x', name: 'X' } });
    a.run({ type: 'actor.add', actor: { id: 'y', name: 'Y' } });
    a.run({ type: 'node.add', node: { id: 'n', kind: 'output' } });
    const b = makeStore('b');
    syncDocs(a.doc, b.doc);
    a.run({ type: 'lead.set', nodeId: 'n', actorId: 'x' });
    b.run({ type: 'support.add', nodeId: 'n', actorId: 'x' });
    b.run({ type: 'support.add', nodeId: 'n', actorId: 'y' });
    syncDocs(a.doc, b.doc);
    for (const s of [a, b]) expect(s.getNode('n')).toMatchObject({ lead: 'x', support: ['y'] });
    a.run({ type: 'lead.set', nodeId: 'n', actorId: 'y' });
    syncDocs(a.doc, b.doc);
    for (const s of [a, b]) expect(s.getNode('n')).toMatchObject({ lead: 'y', support: ['x'] });
  });
});

describe('text limits', () => {
  it('a title merged past its limit by concurrent typing is truncated in read, not dropped', () => {
    const a = makeStore('a');
    a.run({ type: 'node.add', node: { id: 'n', kind: 'output' } });
    const b = makeStore('b');
    syncDocs(a.doc, b.doc);
    expect(
      a.run({ type: 'text.set', nodeId: 'n', field: 'title', value: 'a'.repeat(300) }).ok,
    ).toBe(true);
    expect(
      b.run({ type: 'text.set', nodeId: 'n', field: 'title', value: 'b'.repeat(300) }).ok,
    ).toBe(true);
    syncDocs(a.doc, b.doc);
    const report = a.readReport();
    expect(report.board.nodes[0]?.title).toHaveLength(500);
    expect(report.skipped).toEqual([
      { kind: 'node', id: 'n/title', reason: 'longer than 500; truncated in read' },
    ]);
    expect(b.read()).toEqual(a.read());
  });
});
