import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BENCHMARK_STATUSES,
  CROSS_CUTTING_TAGS,
  EDGE_KINDS,
  HORIZONS,
  NODE_KINDS,
  createBoard,
  createNode,
  type Board,
} from '@isf/framework';
import { BoardStore } from '../BoardStore';
import { canonicalBoard } from '../canonicalBoard';
import { syncDocs } from '../testing/fixtures';
import { writeBoard } from '../writeBoard';
import { restoreVersion } from './versions';

const ids = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const text = fc.string({ maxLength: 12 });

/** Small boards over a shared id pool, so two boards overlap in records and differ in fields. */
const boardArb: fc.Arbitrary<Board> = fc
  .record({
    title: text,
    actors: fc.subarray(ids('a', 3)),
    names: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 3, maxLength: 3 }),
    nodes: fc.subarray(ids('n', 6)),
    fields: fc.array(
      fc.record({
        kind: fc.constantFrom(...NODE_KINDS),
        title: text,
        description: text,
        priority: fc.integer({ min: 1, max: 5 }),
        horizon: fc.constantFrom(...HORIZONS),
        lead: fc.nat(3),
        support: fc.subarray([0, 1, 2]),
        tags: fc.subarray([...CROSS_CUTTING_TAGS]),
        x: fc.integer({ min: -500, max: 500 }),
        benchmarks: fc.subarray(ids('b', 3)),
        status: fc.constantFrom(...BENCHMARK_STATUSES),
      }),
      { minLength: 6, maxLength: 6 },
    ),
    edges: fc.array(
      fc.record({ kind: fc.constantFrom(...EDGE_KINDS), s: fc.nat(5), t: fc.nat(5), note: text }),
      {
        maxLength: 6,
      },
    ),
  })
  .map((r) => {
    const actors = r.actors.map((id, i) => ({
      id,
      name: r.names[i] ?? 'x',
      abbrev: null,
      group: 'national' as const,
    }));
    const actorId = (i: number): string | null => actors[i]?.id ?? null;
    const nodes = r.nodes.map((id, i) => {
      const f = r.fields[i] ?? r.fields[0];
      if (!f) throw new Error('unreachable');
      return createNode({
        id,
        kind: f.kind,
        title: f.title,
        description: f.description,
        priority: f.priority,
        horizon: f.horizon,
        lead: actorId(f.lead),
        support: f.support
          .map(actorId)
          .filter((a): a is string => a !== null && a !== actorId(f.lead)),
        tags: f.tags,
        position: { x: f.x, y: 0 },
        benchmarks: f.benchmarks.map((b) => ({
          id: b,
          horizon: 'short' as const,
          text: f.title,
          status: f.status,
          lastReviewed: null,
          reviewedBy: null,
          evidence: '',
        })),
      });
    });
    const edges =
      r.nodes.length === 0
        ? []
        : r.edges.map((e, i) => ({
            id: `e${i}`,
            kind: e.kind,
            source: r.nodes[e.s % r.nodes.length] as string,
            target: r.nodes[e.t % r.nodes.length] as string,
            suggested: false,
            note: e.note,
          }));
    return canonicalBoard(createBoard({ title: r.title, actors, nodes, edges }));
  });

function docWith(board: Board): Y.Doc {
  const doc = new Y.Doc();
  writeBoard(doc, board);
  return doc;
}

describe('restoreVersion (property)', () => {
  it('live equals the version afterwards and after merging an offline replica that edited nothing', () => {
    fc.assert(
      fc.property(boardArb, boardArb, (a, b) => {
        const live = docWith(a);
        const offline = new Y.Doc();
        syncDocs(live, offline);
        restoreVersion(live, b);
        const store = new BoardStore(live);
        expect(store.read()).toEqual(b);
        syncDocs(live, offline);
        expect(store.read()).toEqual(b);
        expect(new BoardStore(offline).read()).toEqual(b);
        restoreVersion(live, a);
        expect(store.read()).toEqual(a);
      }),
      { numRuns: 200, seed: 99 },
    );
  }, 60_000);

  it('two replicas restoring different versions concurrently converge to a valid board', () => {
    fc.assert(
      fc.property(boardArb, boardArb, boardArb, (a, b, c) => {
        const one = docWith(a);
        const two = new Y.Doc();
        syncDocs(one, two);
        restoreVersion(one, b);
        restoreVersion(two, c);
        syncDocs(one, two);
        const r1 = new BoardStore(one).readReport();
        const r2 = new BoardStore(two).readReport();
        expect(r1.board).toEqual(r2.board);
        expect(r1.skipped).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  }, 60_000);
});
