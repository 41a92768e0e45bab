import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeStore } from '../testing/fixtures';
import { expectRefused, seeded } from '../testing/commandFixtures';

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
