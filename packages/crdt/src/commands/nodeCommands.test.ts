import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeStore } from '../testing/fixtures';
import { expectRefused, seeded } from '../testing/commandFixtures';

describe('node commands', () => {
  it('node.add generates ids, applies defaults and refuses bad input', () => {
    const s = makeStore('n');
    expect(s.run({ type: 'node.add', node: { kind: 'activity', priority: 2 } })).toEqual({
      ok: true,
      ids: ['n1'],
    });
    expect(s.getNode('n1')).toMatchObject({
      kind: 'activity',
      priority: 2,
      status: 'planned',
      lead: null,
    });
    expectRefused(s, { type: 'node.add', node: { kind: 'activity', priority: 9 } }, 'invalid');
    // @ts-expect-error: unknown kind is refused at runtime too
    expectRefused(s, { type: 'node.add', node: { kind: 'goal' } }, 'invalid');
    expectRefused(s, { type: 'node.add', node: { id: 'n1', kind: 'activity' } }, 'exists');
    expectRefused(
      s,
      { type: 'node.add', node: { kind: 'activity', lead: 'nobody' } },
      'missing-actor',
    );
    // @ts-expect-error: unknown command type
    expect(s.run({ type: 'node.explode' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(s.run(null as never)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('node.update sets only the given fields; missing nodes are refused', () => {
    const s = seeded();
    expect(
      s.run({
        type: 'node.update',
        id: 'act',
        fields: { priority: 1, horizon: 'mid', tags: ['poc'] },
      }).ok,
    ).toBe(true);
    expect(s.getNode('act')).toMatchObject({
      priority: 1,
      horizon: 'mid',
      tags: ['poc'],
      status: 'planned',
    });
    expectRefused(s, { type: 'node.update', id: 'ghost', fields: { priority: 1 } }, 'not-found');
    expectRefused(s, { type: 'node.update', id: 'act', fields: { priority: 0 } }, 'invalid');
    // @ts-expect-error: title goes through text commands
    expectRefused(s, { type: 'node.update', id: 'act', fields: { title: 'x' } }, 'invalid');
    expectRefused(
      s,
      { type: 'node.update', id: 'act', fields: { support: ['ghost'] } },
      'missing-actor',
    );
    expect(
      s.run({ type: 'node.update', id: 'act', fields: { support: ['undp', 'srsg'] } }).ok,
    ).toBe(true);
    expect(s.getNode('act')?.support).toEqual(['srsg', 'undp']);
  });

  it('node.delete removes the nodes and their edges in one transaction', () => {
    const s = seeded();
    s.run({ type: 'edge.connect', kind: 'contributes', source: 'act', target: 'out', id: 'e1' });
    s.run({ type: 'edge.connect', kind: 'contributes', source: 'out', target: 'obj', id: 'e2' });
    s.run({ type: 'edge.connect', kind: 'sequence', source: 'act', target: 'act2', id: 'e3' });
    let transactions = 0;
    s.doc.on('afterTransaction', () => transactions++);
    expect(s.run({ type: 'node.delete', ids: ['out'] })).toEqual({ ok: true, ids: ['out'] });
    expect(transactions).toBe(1);
    expect(s.read().edges.map((e) => e.id)).toEqual(['e3']);
    expect(s.readReport().dangling).toEqual([]);
    expectRefused(s, { type: 'node.delete', ids: ['out'] }, 'not-found');
  });

  it('node.move moves a batch', () => {
    const s = seeded();
    const r = s.run({
      type: 'node.move',
      moves: [
        { id: 'act', position: { x: 10, y: 20 } },
        { id: 'out', position: { x: -5, y: 0.5 } },
      ],
    });
    expect(r).toEqual({ ok: true, ids: ['act', 'out'] });
    expect(s.getNode('out')?.position).toEqual({ x: -5, y: 0.5 });
    expectRefused(
      s,
      { type: 'node.move', moves: [{ id: 'act', position: { x: Infinity, y: 0 } }] },
      'invalid',
    );
    expectRefused(
      s,
      { type: 'node.move', moves: [{ id: 'zzz', position: { x: 1, y: 0 } }] },
      'not-found',
    );
  });

  it('support and lead: set semantics, at most one lead, a lead is not a supporter', () => {
    const s = seeded();
    expect(s.run({ type: 'support.add', nodeId: 'act', actorId: 'undp' }).ok).toBe(true);
    expect(s.run({ type: 'support.add', nodeId: 'act', actorId: 'undp' }).ok).toBe(true);
    expect(s.getNode('act')?.support).toEqual(['undp']);
    expect(s.run({ type: 'lead.set', nodeId: 'act', actorId: 'undp' }).ok).toBe(true);
    expect(s.getNode('act')).toMatchObject({ lead: 'undp', support: [] });
    expectRefused(s, { type: 'support.add', nodeId: 'act', actorId: 'undp' }, 'already-lead');
    expectRefused(s, { type: 'support.add', nodeId: 'act', actorId: 'nobody' }, 'missing-actor');
    expectRefused(s, { type: 'support.remove', nodeId: 'act', actorId: 'srsg' }, 'not-found');
    expectRefused(s, { type: 'lead.set', nodeId: 'ghost', actorId: 'srsg' }, 'not-found');
    expect(s.run({ type: 'lead.set', nodeId: 'act', actorId: null }).ok).toBe(true);
    expect(s.getNode('act')?.lead).toBeNull();
  });
});

describe('text commands', () => {
  it('text.set edits only the differing part; text.edit inserts and deletes at an index', () => {
    const s = seeded();
    expect(
      s.run({ type: 'text.set', nodeId: 'act', field: 'description', value: 'Train police' }).ok,
    ).toBe(true);
    expect(
      s.run({
        type: 'text.edit',
        nodeId: 'act',
        field: 'description',
        index: 6,
        insert: 'national ',
      }).ok,
    ).toBe(true);
    expect(s.getNode('act')?.description).toBe('Train national police');
    expect(
      s.run({ type: 'text.edit', nodeId: 'act', field: 'description', index: 0, deleteCount: 6 })
        .ok,
    ).toBe(true);
    expect(s.getNode('act')?.description).toBe('national police');
    expectRefused(
      s,
      { type: 'text.edit', nodeId: 'act', field: 'description', index: 99, insert: 'x' },
      'invalid',
    );
    expectRefused(
      s,
      { type: 'text.set', nodeId: 'act', field: 'title', value: 'x'.repeat(501) },
      'invalid',
    );
    expectRefused(
      s,
      { type: 'text.set', nodeId: 'ghost', field: 'title', value: 'x' },
      'not-found',
    );
    expect(s.text('act', 'title')?.toString()).toBe('Activity');
  });

  it('two people typing in the same title both keep their characters', () => {
    const a = seeded();
    const b = makeStore('b');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    a.run({ type: 'text.edit', nodeId: 'act', field: 'title', index: 0, insert: 'Urgent ' });
    b.run({ type: 'text.set', nodeId: 'act', field: 'title', value: 'Activity (DDR)' });
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    expect(a.getNode('act')?.title).toBe('Urgent Activity (DDR)');
    expect(b.read()).toEqual(a.read());
  });
});
