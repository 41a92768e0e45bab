import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, createNode, isEmptyDiff } from '@isf/framework';
import { BoardStore } from '../BoardStore';
import { makeStore, syncDocs } from '../testing/fixtures';
import { createUndoManager } from '../undo/createUndoManager';
import { boardFromVersion, captureVersion, restoreVersion } from './versions';

function planned() {
  const s = makeStore('v');
  s.run({ type: 'actor.add', actor: { id: 'a1', name: 'SRSG' } });
  s.run({ type: 'node.add', node: { id: 'n1', kind: 'activity', title: 'One', support: ['a1'] } });
  s.run({ type: 'node.add', node: { id: 'n2', kind: 'activity', title: 'Two' } });
  s.run({
    type: 'benchmark.add',
    nodeId: 'n1',
    benchmark: { id: 'b1', horizon: 'short', text: 'bm' },
  });
  s.run({ type: 'edge.connect', kind: 'sequence', source: 'n1', target: 'n2', id: 'e1' });
  return s;
}

describe('versions', () => {
  it('captureVersion / boardFromVersion round-trip', () => {
    const s = planned();
    const bytes = captureVersion(s.doc);
    expect(boardFromVersion(bytes)).toEqual(s.read());
  });

  it('restoreVersion makes the live board equal the version in one transaction, as a forward change', () => {
    const s = planned();
    const offline = new Y.Doc();
    syncDocs(s.doc, offline);
    const version = boardFromVersion(captureVersion(s.doc));
    s.run({ type: 'node.update', id: 'n1', fields: { priority: 1, support: [] } });
    s.run({ type: 'text.set', nodeId: 'n2', field: 'title', value: 'Two (revised)' });
    s.run({ type: 'node.delete', ids: ['n1'] });
    s.run({ type: 'node.add', node: { id: 'n3', kind: 'output' } });
    s.run({ type: 'meta.update', title: 'changed' });
    const offline2 = new Y.Doc(); // offline since the last edits
    syncDocs(s.doc, offline2);
    let transactions = 0;
    s.doc.on('afterTransaction', () => transactions++);
    const diff = restoreVersion(s.doc, version);
    expect(transactions).toBe(1);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['n3']);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['n1']);
    expect(s.read()).toEqual(version);
    // clients that were offline during the restore and edited nothing do not undo it
    syncDocs(s.doc, offline, offline2);
    expect(s.read()).toEqual(version);
    expect(new BoardStore(offline).read()).toEqual(version);
    expect(new BoardStore(offline2).read()).toEqual(version);
  });

  it('sets only the fields that differ, so a concurrent edit of another field survives', () => {
    const s = planned();
    const version = s.read();
    s.run({ type: 'node.update', id: 'n2', fields: { priority: 1 } });
    const colleague = new BoardStore(new Y.Doc());
    syncDocs(s.doc, colleague.doc);
    colleague.run({ type: 'node.update', id: 'n2', fields: { status: 'done' } });
    restoreVersion(s.doc, version);
    syncDocs(s.doc, colleague.doc);
    expect(s.getNode('n2')).toMatchObject({ priority: 3, status: 'done' });
    expect(colleague.read()).toEqual(s.read());
  });

  it('removes dangling edges so re-adding a node does not resurrect them', () => {
    const s = planned();
    const version = createBoard({ nodes: [createNode({ id: 'n2', kind: 'activity' })] });
    // make e2 dangling: remote peer connected to n2 while we deleted it
    const peer = new BoardStore(new Y.Doc(), { idGenerator: () => 'e2' });
    syncDocs(s.doc, peer.doc);
    s.run({ type: 'node.delete', ids: ['n2'] });
    peer.run({ type: 'edge.connect', kind: 'priority', source: 'n1', target: 'n2' });
    syncDocs(s.doc, peer.doc);
    expect(s.readReport().dangling).toHaveLength(1);
    restoreVersion(s.doc, version);
    expect(s.read()).toEqual(version);
    expect(s.doc.getMap('edges').size).toBe(0);
  });

  it('uses an untracked origin by default: a user cannot undo a restore', () => {
    const s = planned();
    const undo = createUndoManager(s);
    const version = s.read();
    s.run({ type: 'node.update', id: 'n1', fields: { priority: 1 } });
    s.run({ type: 'node.update', id: 'n2', fields: { status: 'done' } });
    restoreVersion(s.doc, version);
    expect(s.read()).toEqual(version);
    expect(undo.manager.undoStack).toHaveLength(2); // the restore added no step
    // undoing the user's own (already overwritten) edits is a no-op: Yjs drops such steps and
    // never brings back a value the restore replaced
    expect(undo.undo()).toBe(false);
    expect(undo.canUndo()).toBe(false);
    expect(s.read()).toEqual(version);
  });
});
