/**
 * fast-check arbitraries for valid boards, for property tests in any module of this package.
 * Not exported from a barrel: import by path (`../io/arbitraries`). Test-only code.
 */
import fc from 'fast-check';
import { ACTOR_GROUPS } from '../schema/actor';
import type { Actor } from '../schema/actor';
import { BENCHMARK_STATUSES } from '../schema/benchmark';
import type { Benchmark } from '../schema/benchmark';
import { SCHEMA_VERSION, normalizeBoard } from '../schema/board';
import type { Board } from '../schema/board';
import { CROSS_CUTTING_TAGS, HORIZONS } from '../schema/common';
import { EDGE_KINDS } from '../schema/edge';
import type { Edge } from '../schema/edge';
import { FUNDING_SOURCES, NODE_KINDS, NODE_STATUSES } from '../schema/node';
import type { PlanNode } from '../schema/node';
import { RISK_LEVELS } from '../schema/risk';
import type { Risk } from '../schema/risk';

/** Awkward strings: CSV/JSON specials, separators of list cells, unicode, leading spaces. */
const SPECIAL_TEXTS = [
  '',
  'a,b',
  'say "hi"',
  'line1\nline2',
  'cr\r\nlf',
  'lone\rcr',
  ' leading',
  'trailing ',
  'pipe | in | text',
  'back\\slash\\',
  'semi; colon',
  'ünïcødé ✓ 🚀',
  '=SUM(A1)',
  '"',
  '\\n',
];

/** Text with the characters that break naive CSV and list encodings. */
export function textArb(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...SPECIAL_TEXTS), weight: 2 },
    { arbitrary: fc.string({ maxLength }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 12) }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 8) }), weight: 1 },
  );
}

const nonEmptyTextArb = (max = 30): fc.Arbitrary<string> =>
  textArb(max).map((s) => (s.length === 0 ? 'x' : s));

const ID_SUFFIXES = ['', ',c', '"q"', '-é', '|p'];
/** Node, edge, actor, benchmark and risk ids come from small pools so two boards overlap. */
const poolId = (prefix: string, i: number): string =>
  `${prefix}${i}${ID_SUFFIXES[i % ID_SUFFIXES.length] ?? ''}`;

const dateArb = fc
  .record({
    y: fc.integer({ min: 2000, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const finiteArb = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x)),
);

function benchmarkArb(pool: number): fc.Arbitrary<Benchmark> {
  return fc.record({
    id: fc.nat(pool - 1).map((i) => poolId('b', i)),
    horizon: fc.constantFrom(...HORIZONS),
    text: textArb(),
    status: fc.constantFrom(...BENCHMARK_STATUSES),
    lastReviewed: fc.option(dateArb, { nil: null }),
    reviewedBy: fc.option(nonEmptyTextArb(20), { nil: null }),
    evidence: textArb(),
  });
}

function riskArb(pool: number): fc.Arbitrary<Risk> {
  return fc.record({
    id: fc.nat(pool - 1).map((i) => poolId('r', i)),
    text: textArb(),
    likelihood: fc.option(fc.constantFrom(...RISK_LEVELS), { nil: null }),
    impact: fc.option(fc.constantFrom(...RISK_LEVELS), { nil: null }),
    mitigation: textArb(),
  });
}

/** Size limits of `boardArb`. */
export interface BoardArbOptions {
  maxNodes?: number;
  maxEdges?: number;
  maxActors?: number;
  /** Size of the node id pool (smaller → more overlap between two generated boards). */
  nodeIdPool?: number;
}

/**
 * Valid, normalized boards: unique ids, edges between existing nodes (any kind, possibly
 * odd shapes and cycles), lead/support drawn from the board's actors, no duplicates in support
 * or tags, benchmarks and risks with unique ids per node.
 */
export function boardArb(options: BoardArbOptions = {}): fc.Arbitrary<Board> {
  const maxNodes = options.maxNodes ?? 10;
  const nodePool = Math.max(options.nodeIdPool ?? 14, maxNodes);
  const nodeSeed = fc.record({
    idx: fc.nat(nodePool - 1),
    kind: fc.constantFrom(...NODE_KINDS),
    title: textArb(),
    description: textArb(60),
    horizon: fc.constantFrom(...HORIZONS),
    priority: fc.integer({ min: 1, max: 5 }),
    status: fc.constantFrom(...NODE_STATUSES),
    lead: fc.option(fc.nat(20), { nil: null }),
    support: fc.uniqueArray(fc.nat(20), { maxLength: 3 }),
    tags: fc.shuffledSubarray([...CROSS_CUTTING_TAGS]),
    funding: fc.option(fc.constantFrom(...FUNDING_SOURCES), { nil: null }),
    durationWeeks: fc.option(
      fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1000, noNaN: true })),
      { nil: null },
    ),
    position: fc.record({ x: finiteArb, y: finiteArb }),
    benchmarks: fc.uniqueArray(benchmarkArb(5), { selector: (b) => b.id, maxLength: 4 }),
    risks: fc.uniqueArray(riskArb(3), { selector: (r) => r.id, maxLength: 2 }),
    ref: fc.option(textArb(20), { nil: null }),
  });
  const actorSeed = fc.record({
    idx: fc.nat(7),
    name: nonEmptyTextArb(),
    abbrev: fc.option(textArb(10), { nil: null }),
    group: fc.constantFrom(...ACTOR_GROUPS),
  });
  const edgeSeed = fc.record({
    idx: fc.nat(19),
    kind: fc.constantFrom(...EDGE_KINDS),
    source: fc.nat(50),
    target: fc.nat(50),
    suggested: fc.boolean(),
    note: textArb(),
  });
  return fc
    .record({
      title: textArb(60),
      labels: fc.record({
        short: nonEmptyTextArb(20),
        mid: nonEmptyTextArb(20),
        long: nonEmptyTextArb(20),
      }),
      actors: fc.uniqueArray(actorSeed, {
        selector: (a) => a.idx,
        maxLength: options.maxActors ?? 5,
      }),
      nodes: fc.uniqueArray(nodeSeed, { selector: (n) => n.idx, maxLength: maxNodes }),
      edges: fc.uniqueArray(edgeSeed, {
        selector: (e) => e.idx,
        maxLength: options.maxEdges ?? 12,
      }),
    })
    .map(({ title, labels, actors: actorSeeds, nodes: nodeSeeds, edges: edgeSeeds }) => {
      const actors: Actor[] = actorSeeds.map(({ idx, ...a }) => ({ id: poolId('a', idx), ...a }));
      const actorAt = (i: number): string | null =>
        actors[i % Math.max(actors.length, 1)]?.id ?? null;
      const nodes: PlanNode[] = nodeSeeds.map(({ idx, lead, support, ...n }) => {
        const leadId = lead === null ? null : actorAt(lead);
        const supportIds = [
          ...new Set(support.map(actorAt).filter((x): x is string => x !== null)),
        ];
        return { id: poolId('n', idx), ...n, lead: leadId, support: supportIds };
      });
      const nodeAt = (i: number): string => nodes[i % nodes.length]?.id ?? 'never';
      const edges: Edge[] =
        nodes.length === 0
          ? []
          : edgeSeeds.map(({ idx, source, target, ...e }) => ({
              id: poolId('e', idx),
              ...e,
              source: nodeAt(source),
              target: nodeAt(target),
            }));
      return normalizeBoard({
        meta: { title, schemaVersion: SCHEMA_VERSION, horizonLabels: labels },
        nodes,
        edges,
        actors,
      });
    });
}

/**
 * Pairs of boards for diff tests: either two independent boards from the same small id pools
 * (many added/removed/changed records), or a board and an edited copy (a few nodes dropped,
 * fields and benchmark statuses changed).
 */
export function boardPairArb(options: BoardArbOptions = {}): fc.Arbitrary<[Board, Board]> {
  const independent = fc.tuple(boardArb(options), boardArb(options));
  const edited = boardArb(options).chain((a) =>
    fc
      .record({
        keep: fc.array(fc.boolean(), { minLength: a.nodes.length, maxLength: a.nodes.length }),
        priority: fc.integer({ min: 1, max: 5 }),
        status: fc.constantFrom(...BENCHMARK_STATUSES),
        reviewed: dateArb,
        title: textArb(),
      })
      .map(({ keep, priority, status, reviewed, title }): [Board, Board] => {
        const nodes = a.nodes
          .filter((_, i) => keep[i] !== false)
          .map((n, i) =>
            i % 2 === 0
              ? {
                  ...n,
                  priority,
                  title: i % 4 === 0 ? title : n.title,
                  benchmarks: n.benchmarks.map((b) => ({ ...b, status, lastReviewed: reviewed })),
                  position: { x: n.position.x + 10, y: n.position.y },
                }
              : n,
          );
        const ids = new Set(nodes.map((n) => n.id));
        const edges = a.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
        return [a, normalizeBoard({ ...a, nodes, edges })];
      }),
  );
  return fc.oneof(independent, edited);
}
