import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeStore, syncDocs } from '../testing/fixtures';
import { createUndoManager } from './createUndoManager';

function pair() {
  const a = makeStore('a');
  const b = makeStore('b');
  a.run({ type: 'node.add', node: { id: 'n', kind: 'activity', title: 'Train police' } });
  syncDocs(a.doc, b.doc);
  return { a, b, ua: createUndoManager(a), ub: createUndoManager(b) };
}

describe('createUndoManager', () => {
  it('makes one step per command', () => {
    const { a, ua } = pair();
    a.run({ type: 'node.update', id: 'n', fields: { priority: 1 } });
    a.run({ type: 'node.update', id: 'n', fields: { priority: 2 } });
    a.run({ type: 'text.edit', nodeId: 'n', field: 'title', index: 0, insert: 'X' });
    expect(ua.undo()).toBe(true);
    expect(a.getNode('n')).toMatchObject({ priority: 2, title: 'Train police' });
    ua.undo();
    expect(a.getNode('n')?.priority).toBe(1);
    ua.undo();
    expect(a.getNode('n')?.priority).toBe(3);
    expect(ua.canUndo()).toBe(false);
    expect(ua.redo()).toBe(true);
    expect(a.getNode('n')?.priority).toBe(1);
  });

  it('groups a drag into one step', () => {
    const { a, ua } = pair();
    a.run({ type: 'node.update', id: 'n', fields: { status: 'done' } });
    ua.beginGroup();
    for (let i = 1; i <= 5; i++)
      a.run({ type: 'node.move', moves: [{ id: 'n', position: { x: i, y: i } }] });
    ua.endGroup();
    expect(a.getNode('n')?.position).toEqual({ x: 5, y: 5 });
    ua.undo();
    expect(a.getNode('n')).toMatchObject({ position: { x: 0, y: 0 }, status: 'done' });
  });

  it('nested groups close at the outermost endGroup; unmatched endGroup is ignored', () => {
    const { a, ua } = pair();
    ua.endGroup();
    ua.beginGroup();
    a.run({ type: 'node.update', id: 'n', fields: { priority: 1 } });
    ua.beginGroup();
    a.run({ type: 'node.update', id: 'n', fields: { status: 'done' } });
    ua.endGroup();
    a.run({ type: 'node.update', id: 'n', fields: { horizon: 'long' } });
    ua.endGroup();
    a.run({ type: 'node.update', id: 'n', fields: { priority: 2 } });
    ua.undo();
    expect(a.getNode('n')).toMatchObject({ priority: 1, status: 'done', horizon: 'long' });
    ua.undo();
    expect(a.getNode('n')).toMatchObject({ priority: 3, status: 'planned', horizon: 'short' });
    expect(ua.canUndo()).toBe(false);
  });

  it("undo reverts only your field; a colleague's edit of another field of the same node survives", () => {
    const { a, b, ua } = pair();
    a.run({ type: 'node.update', id: 'n', fields: { priority: 1 } });
    b.run({ type: 'node.update', id: 'n', fields: { horizon: 'long' } });
    b.run({ type: 'text.edit', nodeId: 'n', field: 'title', index: 0, insert: 'Urgently ' });
    syncDocs(a.doc, b.doc);
    ua.undo();
    syncDocs(a.doc, b.doc);
    for (const s of [a, b]) {
      expect(s.getNode('n')).toMatchObject({
        priority: 3,
        horizon: 'long',
        title: 'Urgently Train police',
      });
    }
  });

  it("never overwrites a colleague's later write to the same field, text or set", () => {
    const { a, b, ua } = pair();
    a.run({ type: 'actor.add', actor: { id: 'x', name: 'X' } });
    a.run({ type: 'node.update', id: 'n', fields: { priority: 1 } });
    a.run({ type: 'text.set', nodeId: 'n', field: 'title', value: 'Train police now' });
    a.run({ type: 'support.add', nodeId: 'n', actorId: 'x' });
    syncDocs(a.doc, b.doc);
    b.run({ type: 'node.update', id: 'n', fields: { priority: 5 } });
    b.run({ type: 'text.edit', nodeId: 'n', field: 'title', index: 16, insert: '!' });
    b.run({ type: 'support.remove', nodeId: 'n', actorId: 'x' });
    syncDocs(a.doc, b.doc);
    while (ua.canUndo()) ua.undo();
    syncDocs(a.doc, b.doc);
    for (const s of [a, b]) {
      expect(s.getNode('n')).toMatchObject({ priority: 5, title: 'Train police!', support: [] });
    }
  });

  it('never undoes remote changes', () => {
    const { a, b, ua } = pair();
    b.run({ type: 'node.update', id: 'n', fields: { priority: 5 } });
    syncDocs(a.doc, b.doc);
    expect(ua.canUndo()).toBe(false);
    expect(ua.undo()).toBe(false);
    expect(a.getNode('n')?.priority).toBe(5);
  });

  it('concurrent undo on two replicas converges', () => {
    const { a, b, ua, ub } = pair();
    a.run({ type: 'node.add', node: { id: 'x', kind: 'output' } });
    b.run({ type: 'node.update', id: 'n', fields: { status: 'on-hold' } });
    syncDocs(a.doc, b.doc);
    b.run({ type: 'support.add', nodeId: 'x', actorId: 'nobody' }); // refused: no step
    ua.undo();
    ub.undo();
    syncDocs(a.doc, b.doc);
    expect(a.read()).toEqual(b.read());
    expect(a.getNode('x')).toBeUndefined();
    expect(a.getNode('n')?.status).toBe('planned');
  });

  it('undo of a node delete brings back the node and its edges', () => {
    const { a, ua } = pair();
    a.run({ type: 'node.add', node: { id: 'm', kind: 'activity' } });
    a.run({ type: 'edge.connect', kind: 'sequence', source: 'n', target: 'm', id: 'e' });
    a.run({ type: 'node.delete', ids: ['m'] });
    expect(a.read().edges).toEqual([]);
    ua.undo();
    expect(a.read().edges.map((e) => e.id)).toEqual(['e']);
    expect(a.getNode('m')?.kind).toBe('activity');
  });

  it('notifies subscribers when the stacks change', () => {
    const { a, ua } = pair();
    let calls = 0;
    const off = ua.subscribe(() => calls++);
    a.run({ type: 'node.update', id: 'n', fields: { priority: 1 } });
    ua.undo();
    expect(calls).toBeGreaterThanOrEqual(2);
    off();
    ua.destroy();
    expect(Y.encodeStateVector(a.doc).length).toBeGreaterThan(0);
  });
});
