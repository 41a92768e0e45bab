import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardSchema } from '@isf/framework';
import { BoardStore } from './BoardStore';
import type { BoardCommand } from './commands/BoardCommand';
import { syncDocs } from './testing/fixtures';

const jsonValue = fc.jsonValue({ maxDepth: 2 });
/** A value a hostile or buggy peer might write: JSON, a nested Y.Map, a Y.Text or a Y.Array. */
const yValue = fc.oneof(
  jsonValue,
  fc.constant('ytext').map(() => new Y.Text('t')),
  fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 3 }).map((d) => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(d)) m.set(k, v);
    return m;
  }),
  fc
    .array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 })
    .map((xs) => Y.Array.from(xs)),
);
const keys = [
  'id',
  'kind',
  'title',
  'description',
  'horizon',
  'priority',
  'status',
  'lead',
  'support',
  'tags',
  'funding',
  'durationWeeks',
  'position',
  'benchmarks',
  'risks',
  'ref',
  'source',
  'target',
  'note',
  'suggested',
  'name',
  'group',
  'schemaVersion',
  'horizonLabels',
];
const corruption = fc.record({
  map: fc.constantFrom('meta', 'nodes', 'edges', 'actors'),
  record: fc.constantFrom('n1', 'n2', 'e1', 'a1', 'b1'),
  key: fc.constantFrom(...keys),
  nested: fc.boolean(),
  value: yValue,
});

describe('robustness against bad remote data', () => {
  it('read() and run() never throw whatever a peer writes; valid records still read', () => {
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 6 }), (corruptions) => {
        const store = new BoardStore(new Y.Doc());
        store.run({ type: 'actor.add', actor: { id: 'a1', name: 'A' } });
        store.run({ type: 'node.add', node: { id: 'n1', kind: 'output', benchmarks: [] } });
        store.run({ type: 'node.add', node: { id: 'n2', kind: 'activity' } });
        store.run({ type: 'node.add', node: { id: 'safe', kind: 'activity' } });
        store.run({
          type: 'benchmark.add',
          nodeId: 'n1',
          benchmark: { id: 'b1', horizon: 'short', text: '' },
        });
        store.run({
          type: 'edge.connect',
          kind: 'contributes',
          source: 'n2',
          target: 'n1',
          id: 'e1',
        });
        store.read();
        const peer = new Y.Doc();
        syncDocs(store.doc, peer);
        peer.transact(() => {
          for (const c of corruptions) {
            const top = peer.getMap<unknown>(c.map);
            if (c.map === 'meta') {
              top.set(c.key, c.value);
              continue;
            }
            const rec = top.get(c.record);
            if (c.nested && rec instanceof Y.Map) {
              const inner = rec.get('benchmarks');
              if (inner instanceof Y.Map && inner.get('b1') instanceof Y.Map)
                (inner.get('b1') as Y.Map<unknown>).set(c.key, c.value);
              else rec.set(c.key, c.value);
            } else if (rec instanceof Y.Map && !c.nested) rec.set(c.key, c.value);
            else top.set(c.record, c.value);
          }
        });
        syncDocs(store.doc, peer);
        const report = store.readReport();
        expect(BoardSchema.safeParse(report.board).success).toBe(true);
        expect(report.board.nodes.some((n) => n.id === 'safe')).toBe(true);
        const commands: BoardCommand[] = [
          { type: 'node.update', id: 'n1', fields: { priority: 2, support: ['a1'] } },
          { type: 'text.edit', nodeId: 'n2', field: 'title', index: 0, insert: 'x' },
          { type: 'text.set', nodeId: 'n1', field: 'description', value: 'd' },
          {
            type: 'benchmark.setStatus',
            nodeId: 'n1',
            benchmarkId: 'b1',
            status: 'achieved',
            reviewer: null,
          },
          { type: 'support.add', nodeId: 'n2', actorId: 'a1' },
          { type: 'lead.set', nodeId: 'n1', actorId: 'a1' },
          { type: 'edge.update', id: 'e1', fields: { note: 'n' } },
          { type: 'actor.delete', id: 'a1' },
          { type: 'node.delete', ids: ['n1', 'n2'] },
          { type: 'meta.update', title: 'ok', horizonLabels: { mid: 'M' } },
        ];
        for (const cmd of commands) {
          const result = store.run(cmd);
          expect(typeof result.ok).toBe('boolean');
        }
        const after = store.readReport();
        expect(BoardSchema.safeParse(after.board).success).toBe(true);
        expect(after.board.meta.title).toBe('ok');
      }),
      { numRuns: 300, seed: 4242 },
    );
  }, 60_000);
});
