// Properties of sequencing read through the hierarchy (SPEC.md, "Sequencing semantics"), checked
// against an independent oracle (testEvents.ts) on boards with random hierarchy, wrong-shape and
// cyclic contributes edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEdge, horizonIndex } from '../schema/index';
import type { Edge } from '../schema/index';
import { analyzeBoard } from './analyzeBoard';
import { earliestHorizon } from './earliestHorizon';
import { acyclicArb, boardArb, idArb, reaches } from './testArbitraries';
import { eventOracle } from './testEvents';
import { validateConnection } from './validateConnection';

describe('sequencing properties', () => {
  it('SEQ-CYCLE appears exactly when the event graph has a loop, and shows a real loop', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const oracle = eventOracle(nodes, edges);
        const findings = analyzeBoard({ nodes, edges }, { rules: ['SEQ-CYCLE'] });
        expect(findings.length > 0).toBe(oracle.hasCycle());
        const edgeById = new Map(edges.map((e) => [e.id, e]));
        for (const f of findings) {
          const chain = f.edgeIds.map((id) => edgeById.get(id) as Edge);
          if (f.nodeIds.length === 1) {
            for (const e of chain)
              expect([e.kind, e.source, e.target]).toEqual([
                'sequence',
                f.nodeIds[0],
                f.nodeIds[0],
              ]);
            continue;
          }
          expect(new Set(f.nodeIds).size).toBe(f.nodeIds.length);
          expect(chain).toHaveLength(f.nodeIds.length);
          expect(chain.some((e) => e.kind === 'sequence')).toBe(true);
          // Walk the loop event by event twice (the second time from where the first ended):
          // a step down the hierarchy (parent.start → child.start) needs the parent's start event.
          let at: 's' | 'f' = 's';
          for (let round = 0; round < 2; round++) {
            chain.forEach((e, i) => {
              const x = f.nodeIds[i] as string;
              const y = f.nodeIds[(i + 1) % f.nodeIds.length] as string;
              if (e.kind === 'sequence') {
                expect([e.source, e.target]).toEqual([x, y]);
                at = oracle.contains(y, x) ? 'f' : 's';
              } else if (e.source === x) {
                expect([e.kind, e.target, oracle.contains(y, x)]).toEqual(['contributes', y, true]);
                at = 'f';
              } else {
                expect([e.kind, e.source, e.target, oracle.contains(x, y)]).toEqual([
                  'contributes',
                  y,
                  x,
                  true,
                ]);
                if (round === 1) expect(at).toBe('s');
                at = 's';
              }
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validateConnection says cycle exactly when adding the edge makes SEQ-CYCLE appear', () => {
    // boards without loops (checked against the oracle), with hierarchy and mixed-level sequencing
    fc.assert(
      fc.property(acyclicArb, idArb, idArb, (board, source, target) => {
        expect(analyzeBoard(board, { rules: ['SEQ-CYCLE'] })).toEqual([]);
        const check = validateConnection(board, { kind: 'sequence', source, target });
        if (!check.ok && check.reason !== 'cycle') {
          expect(['missing-node', 'self-loop', 'duplicate']).toContain(check.reason);
          return;
        }
        const added = {
          ...board,
          edges: [...board.edges, createEdge({ id: 'new', kind: 'sequence', source, target })],
        };
        const appears = analyzeBoard(added, { rules: ['SEQ-CYCLE'] }).length > 0;
        expect(!check.ok && check.reason === 'cycle').toBe(appears);
      }),
      { numRuns: 500 },
    );
  });

  it('validateConnection cycle matches reachability on any board, with a real path', () => {
    fc.assert(
      fc.property(
        boardArb,
        idArb,
        idArb,
        fc.constantFrom('sequence' as const, 'priority' as const),
        (board, s, t, kind) => {
          const check = validateConnection(board, { kind, source: s, target: t });
          if (!check.ok && check.reason !== 'cycle') return;
          if (kind === 'sequence') {
            // event graph: the new edge's head (t.start, or t.finish when t contains s) reaches s.finish
            // SPEC "Sequencing semantics": sequence self-loops are left out of the event graph
            // (SEQ-CYCLE reports them on their own), so a loop only through one is no new cycle.
            const withoutSelfLoops = board.edges.filter(
              (e) => !(e.kind === 'sequence' && e.source === e.target),
            );
            const oracle = eventOracle(board.nodes, withoutSelfLoops);
            const head = `${t}:${oracle.contains(t, s) ? 'f' : 's'}`;
            expect(!check.ok).toBe(oracle.reaches(head, `${s}:f`));
          } else {
            const same = board.edges.map((e) =>
              e.kind === kind
                ? { ...e, kind: 'sequence' as const }
                : { ...e, kind: 'priority' as const },
            );
            expect(!check.ok).toBe(reaches(board.nodes, same, t, s));
          }
          if (!check.ok) {
            expect(check.path?.[0]).toBe(t);
            expect(check.path?.[check.path.length - 1]).toBe(s);
          }
        },
      ),
    );
  });

  it('earliestHorizon is the latest horizon of everything that must finish before the start', () => {
    fc.assert(
      fc.property(acyclicArb, ({ nodes, edges }) => {
        const earliest = earliestHorizon({ nodes, edges });
        const oracle = eventOracle(nodes, edges);
        const byId = new Map(nodes.map((n) => [n.id, n]));
        expect(earliest.size).toBe(byId.size);
        for (const b of byId.keys()) {
          let need = 0;
          for (const a of byId.values()) {
            if (a.id !== b && oracle.reaches(`${a.id}:f`, `${b}:s`))
              need = Math.max(need, horizonIndex(a.horizon));
          }
          expect(horizonIndex(earliest.get(b) ?? 'short')).toBe(need);
        }
      }),
    );
  });

  it('earliestHorizon gives every node a horizon on any board', () => {
    fc.assert(
      fc.property(boardArb, ({ nodes, edges }) => {
        const earliest = earliestHorizon({ nodes, edges });
        expect([...earliest.keys()].sort()).toEqual([...new Set(nodes.map((n) => n.id))].sort());
      }),
    );
  });
});
