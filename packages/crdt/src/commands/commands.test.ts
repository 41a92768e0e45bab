import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardStore } from '../BoardStore';
import { makeStore } from '../testing/fixtures';

function seeded(): BoardStore {
  const s = makeStore('g');
  s.run({ type: 'actor.add', actor: { id: 'srsg', name: 'SRSG', group: 'mission-component' } });
  s.run({ type: 'actor.add', actor: { id: 'undp', name: 'UNDP', group: 'country-team' } });
  s.run({ type: 'node.add', node: { id: 'obj', kind: 'objective', title: 'Objective' } });
  s.run({ type: 'node.add', node: { id: 'out', kind: 'output', title: 'Output' } });
  s.run({ type: 'node.add', node: { id: 'act', kind: 'activity', title: 'Activity' } });
  s.run({ type: 'node.add', node: { id: 'act2', kind: 'activity', title: 'Activity 2' } });
  return s;
}

/** Runs a command that must be refused and checks the document did not change. */
function expectRefused(s: BoardStore, cmd: Parameters<BoardStore['run']>[0], reason: string): void {
  const before = Y.encodeStateVector(s.doc);
  const result = s.run(cmd);
  expect(result).toMatchObject({ ok: false, reason });
  if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  expect(Y.encodeStateVector(s.doc)).toEqual(before);
}

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

describe('edge commands', () => {
  it('edge.connect refuses with the framework reasons and changes nothing', () => {
    const s = seeded();
    expect(
      s.run({ type: 'edge.connect', kind: 'sequence', source: 'act', target: 'act2', id: 's1' }).ok,
    ).toBe(true);
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'sequence', source: 'act', target: 'act' },
      'self-loop',
    );
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'sequence', source: 'act', target: 'act2' },
      'duplicate',
    );
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'sequence', source: 'act2', target: 'act' },
      'cycle',
    );
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'contributes', source: 'obj', target: 'act' },
      'contributes-shape',
    );
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'priority', source: 'act', target: 'ghost' },
      'missing-node',
    );
    expect(
      s.run({ type: 'edge.connect', kind: 'priority', source: 'act', target: 'act2', id: 'p1' }).ok,
    ).toBe(true);
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'priority', source: 'act2', target: 'act' },
      'cycle',
    );
    expectRefused(
      s,
      { type: 'edge.connect', kind: 'priority', source: 'act', target: 'out', id: 's1' },
      'exists',
    );
  });

  it('edge.update agrees a suggestion and sets a note; edge.disconnect removes', () => {
    const s = seeded();
    s.run({
      type: 'edge.connect',
      kind: 'contributes',
      source: 'act',
      target: 'out',
      id: 'e1',
      suggested: true,
    });
    expect(
      s.run({
        type: 'edge.update',
        id: 'e1',
        fields: { suggested: false, note: 'agreed in workshop' },
      }).ok,
    ).toBe(true);
    expect(s.getEdge('e1')).toMatchObject({ suggested: false, note: 'agreed in workshop' });
    expectRefused(s, { type: 'edge.update', id: 'nope', fields: { note: '' } }, 'not-found');
    expect(s.run({ type: 'edge.disconnect', ids: ['e1'] }).ok).toBe(true);
    expect(s.read().edges).toEqual([]);
    expectRefused(s, { type: 'edge.disconnect', ids: ['e1'] }, 'not-found');
  });
});

describe('benchmark and risk commands', () => {
  it('adds, updates, reviews and deletes benchmarks', () => {
    const s = seeded();
    expect(
      s.run({
        type: 'benchmark.add',
        nodeId: 'out',
        benchmark: { horizon: 'short', text: 'Law adopted' },
      }),
    ).toEqual({
      ok: true,
      ids: ['g1'],
    });
    expect(
      s.run({
        type: 'benchmark.update',
        nodeId: 'out',
        benchmarkId: 'g1',
        fields: { evidence: 'gazette' },
      }).ok,
    ).toBe(true);
    expect(
      s.run({
        type: 'benchmark.setStatus',
        nodeId: 'out',
        benchmarkId: 'g1',
        status: 'at-risk',
        reviewer: 'Ana',
      }).ok,
    ).toBe(true);
    expect(s.getNode('out')?.benchmarks[0]).toEqual({
      id: 'g1',
      horizon: 'short',
      text: 'Law adopted',
      status: 'at-risk',
      lastReviewed: '2026-11-27',
      reviewedBy: 'Ana',
      evidence: 'gazette',
    });
    s.run({
      type: 'benchmark.setStatus',
      nodeId: 'out',
      benchmarkId: 'g1',
      status: 'achieved',
      reviewer: null,
      date: '2026-12-01',
    });
    expect(s.getNode('out')?.benchmarks[0]).toMatchObject({
      status: 'achieved',
      lastReviewed: '2026-12-01',
      reviewedBy: null,
    });
    expectRefused(
      s,
      {
        type: 'benchmark.setStatus',
        nodeId: 'out',
        benchmarkId: 'zz',
        status: 'achieved',
        reviewer: null,
      },
      'not-found',
    );
    expectRefused(
      s,
      {
        type: 'benchmark.update',
        nodeId: 'out',
        benchmarkId: 'g1',
        fields: { horizon: 'later' as never },
      },
      'invalid',
    );
    expect(s.run({ type: 'benchmark.delete', nodeId: 'out', benchmarkId: 'g1' }).ok).toBe(true);
    expect(s.getNode('out')?.benchmarks).toEqual([]);
    expectRefused(s, { type: 'benchmark.delete', nodeId: 'out', benchmarkId: 'g1' }, 'not-found');
  });

  it('concurrent edits of different benchmarks of one node both survive', () => {
    const a = seeded();
    a.run({
      type: 'benchmark.add',
      nodeId: 'out',
      benchmark: { id: 'b1', horizon: 'short', text: 'one' },
    });
    a.run({
      type: 'benchmark.add',
      nodeId: 'out',
      benchmark: { id: 'b2', horizon: 'mid', text: 'two' },
    });
    const b = makeStore('b');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    a.run({
      type: 'benchmark.setStatus',
      nodeId: 'out',
      benchmarkId: 'b1',
      status: 'on-track',
      reviewer: 'A',
    });
    b.run({
      type: 'benchmark.setStatus',
      nodeId: 'out',
      benchmarkId: 'b2',
      status: 'at-risk',
      reviewer: 'B',
    });
    b.run({ type: 'benchmark.update', nodeId: 'out', benchmarkId: 'b1', fields: { text: 'one!' } });
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    const bms = a.getNode('out')?.benchmarks;
    expect(bms?.map((x) => [x.status, x.text])).toEqual([
      ['on-track', 'one!'],
      ['at-risk', 'two'],
    ]);
    expect(b.read()).toEqual(a.read());
  });

  it('adds, updates and deletes risks', () => {
    const s = seeded();
    expect(
      s.run({ type: 'risk.add', nodeId: 'act', risk: { id: 'r1', text: 'Elections delayed' } }).ok,
    ).toBe(true);
    expect(
      s.run({
        type: 'risk.update',
        nodeId: 'act',
        riskId: 'r1',
        fields: { likelihood: 'high', mitigation: 'x' },
      }).ok,
    ).toBe(true);
    expect(s.getNode('act')?.risks).toEqual([
      { id: 'r1', text: 'Elections delayed', likelihood: 'high', impact: null, mitigation: 'x' },
    ]);
    expectRefused(
      s,
      { type: 'risk.add', nodeId: 'act', risk: { id: 'r1', text: 'dup' } },
      'exists',
    );
    expectRefused(
      s,
      { type: 'risk.update', nodeId: 'act', riskId: 'r9', fields: { text: 'x' } },
      'not-found',
    );
    expect(s.run({ type: 'risk.delete', nodeId: 'act', riskId: 'r1' }).ok).toBe(true);
    expect(s.getNode('act')?.risks).toEqual([]);
  });
});

describe('actor and meta commands', () => {
  it('actor.delete clears the actor from leads and supports in the same transaction', () => {
    const s = seeded();
    s.run({ type: 'lead.set', nodeId: 'act', actorId: 'srsg' });
    s.run({ type: 'support.add', nodeId: 'out', actorId: 'srsg' });
    s.run({ type: 'support.add', nodeId: 'out', actorId: 'undp' });
    let transactions = 0;
    s.doc.on('afterTransaction', () => transactions++);
    expect(s.run({ type: 'actor.delete', id: 'srsg' }).ok).toBe(true);
    expect(transactions).toBe(1);
    expect(s.getNode('act')?.lead).toBeNull();
    expect(s.getNode('out')?.support).toEqual(['undp']);
    expect(s.read().actors.map((a) => a.id)).toEqual(['undp']);
    expectRefused(s, { type: 'actor.delete', id: 'srsg' }, 'not-found');
  });

  it('actor.update and meta.update', () => {
    const s = seeded();
    expect(
      s.run({
        type: 'actor.update',
        id: 'undp',
        fields: { abbrev: 'UNDP', name: 'UN Development Programme' },
      }).ok,
    ).toBe(true);
    expect(s.getActor('undp')).toMatchObject({ abbrev: 'UNDP', name: 'UN Development Programme' });
    expectRefused(s, { type: 'actor.update', id: 'undp', fields: { name: '' } }, 'invalid');
    expect(
      s.run({ type: 'meta.update', title: 'ISF 2027', horizonLabels: { short: '0–6 months' } }).ok,
    ).toBe(true);
    expect(s.read().meta).toEqual({
      title: 'ISF 2027',
      schemaVersion: 1,
      horizonLabels: { short: '0–6 months', mid: 'Mid term', long: 'Long term' },
    });
    expectRefused(s, { type: 'meta.update' }, 'invalid');
  });
});
