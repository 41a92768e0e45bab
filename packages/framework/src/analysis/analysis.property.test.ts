import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../schema/index';
import type { Edge, PlanNode } from '../schema/index';
import { analyzeBoard } from './analyzeBoard';
import { criticalChain } from './criticalChain';
import { compareFindings } from './findings';
import { sequenceOrder } from './sequenceOrder';
import { boardArb, reaches } from './testArbitraries';

describe('analysis properties', () => {
  it('analyzeBoard never throws and returns valid, sorted findings', () => {
    fc.assert(
      fc.property(
        boardArb,
        fc.option(fc.constantFrom('2026-06-30', 'garbage'), { nil: undefined }),
        (board, now) => {
          const findings = analyzeBoard(board, { now });
          for (const f of findings) FindingSchema.parse(f);
          expect([...findings].sort(compareFindings)).toEqual(findings);
          expect(
            analyzeBoard(
              { nodes: [...board.nodes].reverse(), edges: [...board.edges].reverse() },
              { now },
            ),
          ).toEqual(findings);
        },
      ),
    );
  });

  it('PRIORITY-INVERSION reports real paths of sequence edges', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const edgeById = new Map(board.edges.map((e) => [e.id, e]));
        const byId = new Map(board.nodes.map((n) => [n.id, n]));
        for (const f of analyzeBoard(board, { rules: ['PRIORITY-INVERSION'] })) {
          const chain = f.edgeIds.map((id) => edgeById.get(id) as Edge);
          for (const e of chain) expect(e.kind).toBe('sequence');
          for (let i = 1; i < chain.length; i++)
            expect(chain[i]?.source).toBe(chain[i - 1]?.target);
          const item = byId.get(f.nodeIds[0] as string) as PlanNode;
          const blocker = byId.get(chain[0]?.source as string) as PlanNode;
          expect(chain[chain.length - 1]?.target).toBe(item.id);
          expect(item.priority).toBeLessThanOrEqual(2);
          expect(blocker.priority).toBeGreaterThan(item.priority);
        }
      }),
    );
  });

  it('sequenceOrder lists every node once and respects every sequence edge outside cycles', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const order = sequenceOrder({ nodes, edges });
        expect([...order].sort()).toEqual(nodes.map((n) => n.id).sort());
        const pos = new Map(order.map((id, i) => [id, i]));
        for (const e of edges) {
          if (e.kind !== 'sequence' || !pos.has(e.source) || !pos.has(e.target)) continue;
          if (e.source === e.target || reaches(nodes, edges, e.target, e.source)) continue; // on a cycle
          expect(pos.get(e.source)).toBeLessThan(pos.get(e.target) as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('criticalChain is a real chain no shorter than any other chain (brute force)', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const chain = criticalChain({ nodes, edges });
        const byId = new Map(nodes.map((n) => [n.id, n]));
        const onCycle = (id: string) => reaches(nodes, edges, id, id);
        const live = edges.filter(
          (e) =>
            e.kind === 'sequence' &&
            byId.has(e.source) &&
            byId.has(e.target) &&
            !onCycle(e.source) &&
            !onCycle(e.target),
        );
        const w = (id: string) => byId.get(id)?.durationWeeks ?? 1;
        const memo = new Map<string, number>();
        const longestFrom = (id: string): number => {
          const known = memo.get(id);
          if (known !== undefined) return known;
          const best =
            w(id) +
            Math.max(0, ...live.filter((e) => e.source === id).map((e) => longestFrom(e.target)));
          memo.set(id, best);
          return best;
        };
        const expected =
          live.length === 0 ? 0 : Math.max(...live.map((e) => longestFrom(e.source)));
        expect(chain.length).toBe(expected);
        expect(chain.length).toBe(chain.nodeIds.reduce((sum, id) => sum + w(id), 0));
        chain.edgeIds.forEach((id, i) => {
          const e = live.find((x) => x.id === id);
          expect(e?.source).toBe(chain.nodeIds[i]);
          expect(e?.target).toBe(chain.nodeIds[i + 1]);
        });
      }),
    );
  });
});
