import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_STATUSES,
  BoardSchema,
  EDGE_KINDS,
  HORIZONS,
  NODE_KINDS,
  NODE_STATUSES,
  analyzeBoard,
  createBenchmark,
  createEdge,
  createNode,
  type Board,
} from '@isf/framework';
import type { BoardCommand } from '../commands/BoardCommand';
import { boardFromVersion, captureVersion, restoreVersion } from '../versions/versions';
import { writeBoard } from '../writeBoard';
import { boardInvariantViolations, createReplicas, readMerged, type Replica } from './harness';

const pick = <T>(xs: readonly T[], i: number): T | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length];

type Op =
  | { t: 'add'; kind: number }
  | { t: 'update'; node: number; field: number; value: number }
  | { t: 'delete'; node: number }
  | { t: 'move'; node: number; x: number; y: number }
  | { t: 'connect'; kind: number; a: number; b: number }
  | { t: 'disconnect'; edge: number }
  | { t: 'type'; node: number; pos: number; del: number; text: string }
  | { t: 'setText'; node: number; text: string }
  | { t: 'undo' }
  | { t: 'redo' }
  | { t: 'benchAdd'; node: number }
  | { t: 'benchStatus'; node: number; bench: number; status: number }
  | { t: 'support'; node: number; actor: number; add: boolean }
  | { t: 'lead'; node: number; actor: number }
  | { t: 'actorAdd' }
  | { t: 'actorDelete'; actor: number }
  | { t: 'capture' }
  | { t: 'restore'; version: number };

type Step =
  | { r: number; op: Op }
  | { flush: 'partial'; mask: number; seed: number }
  | { flush: 'all'; seed: number };

const n = fc.nat(1000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('add' as const), kind: n }), weight: 4 },
  {
    arbitrary: fc.record({ t: fc.constant('update' as const), node: n, field: n, value: n }),
    weight: 4,
  },
  { arbitrary: fc.record({ t: fc.constant('delete' as const), node: n }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('move' as const), node: n, x: n, y: n }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('connect' as const), kind: n, a: n, b: n }), weight: 5 },
  { arbitrary: fc.record({ t: fc.constant('disconnect' as const), edge: n }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('type' as const),
      node: n,
      pos: n,
      del: fc.nat(3),
      text: fc.string({ maxLength: 4 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('setText' as const),
      node: n,
      text: fc.string({ maxLength: 8 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ t: fc.constant('undo' as const) }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant('redo' as const) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('benchAdd' as const), node: n }), weight: 1 },
  {
    arbitrary: fc.record({ t: fc.constant('benchStatus' as const), node: n, bench: n, status: n }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('support' as const),
      node: n,
      actor: n,
      add: fc.boolean(),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ t: fc.constant('lead' as const), node: n, actor: n }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('actorAdd' as const) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('actorDelete' as const), actor: n }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('capture' as const) }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('restore' as const), version: n }), weight: 1 },
);

const stepArb = (replicas: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { arbitrary: fc.record({ r: fc.nat(replicas - 1), op: opArb }), weight: 10 },
    {
      arbitrary: fc.record({ flush: fc.constant('partial' as const), mask: n, seed: n }),
      weight: 2,
    },
    { arbitrary: fc.record({ flush: fc.constant('all' as const), seed: n }), weight: 1 },
  );

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stats: Record<string, number> = {};
const count = (key: string): void => {
  stats[key] = (stats[key] ?? 0) + 1;
};

/** Turns a generated op into a command against what the replica currently sees (or runs undo/restore). */
function apply(rep: Replica, op: Op, versions: Uint8Array[][]): void {
  const board = rep.store.read();
  const node = (i: number) => pick(board.nodes, i);
  const actor = (i: number) => pick(board.actors, i);
  let cmd: BoardCommand | undefined;
  switch (op.t) {
    case 'add':
      cmd = {
        type: 'node.add',
        node: { kind: NODE_KINDS[op.kind % 3] ?? 'activity', title: `t${op.kind}` },
      };
      break;
    case 'update': {
      const target = node(op.node);
      if (!target) return;
      const fields = [
        { priority: (op.value % 5) + 1 },
        { horizon: HORIZONS[op.value % 3] },
        { status: NODE_STATUSES[op.value % 4] },
        { durationWeeks: op.value % 2 === 0 ? null : op.value },
        { tags: (['poc', 'gender', 'ddr'] as const).filter((_, i) => (op.value >> i) & 1) },
      ] as const;
      cmd = { type: 'node.update', id: target.id, fields: fields[op.field % fields.length] ?? {} };
      break;
    }
    case 'delete': {
      const target = node(op.node);
      if (target) cmd = { type: 'node.delete', ids: [target.id] };
      break;
    }
    case 'move': {
      const target = node(op.node);
      if (target)
        cmd = { type: 'node.move', moves: [{ id: target.id, position: { x: op.x, y: op.y } }] };
      break;
    }
    case 'connect': {
      const a = node(op.a);
      const b = node(op.b);
      if (a && b)
        cmd = {
          type: 'edge.connect',
          kind: EDGE_KINDS[op.kind % 3] ?? 'sequence',
          source: a.id,
          target: b.id,
        };
      break;
    }
    case 'disconnect': {
      const e = pick(board.edges, op.edge);
      if (e) cmd = { type: 'edge.disconnect', ids: [e.id] };
      break;
    }
    case 'type': {
      const target = node(op.node);
      if (!target) return;
      const len = target.title.length;
      const pos = op.pos % (len + 1);
      cmd = {
        type: 'text.edit',
        nodeId: target.id,
        field: 'title',
        index: pos,
        deleteCount: Math.min(op.del, len - pos),
        insert: op.text,
      };
      break;
    }
    case 'setText': {
      const target = node(op.node);
      if (target)
        cmd = { type: 'text.set', nodeId: target.id, field: 'description', value: op.text };
      break;
    }
    case 'undo':
      count(rep.undo.undo() ? 'undo:ok' : 'undo:empty');
      return;
    case 'redo':
      count(rep.undo.redo() ? 'redo:ok' : 'redo:empty');
      return;
    case 'benchAdd': {
      const target = node(op.node);
      if (target)
        cmd = {
          type: 'benchmark.add',
          nodeId: target.id,
          benchmark: { horizon: 'short', text: 'b' },
        };
      break;
    }
    case 'benchStatus': {
      const target = board.nodes.filter((x) => x.benchmarks.length > 0);
      const t = pick(target, op.node);
      const b = t && pick(t.benchmarks, op.bench);
      if (t && b) {
        cmd = {
          type: 'benchmark.setStatus',
          nodeId: t.id,
          benchmarkId: b.id,
          status: BENCHMARK_STATUSES[op.status % 4] ?? 'on-track',
          reviewer: `r${rep.index}`,
        };
      }
      break;
    }
    case 'support': {
      const t = node(op.node);
      const a = actor(op.actor);
      if (t && a)
        cmd = { type: op.add ? 'support.add' : 'support.remove', nodeId: t.id, actorId: a.id };
      break;
    }
    case 'lead': {
      const t = node(op.node);
      const a = actor(op.actor);
      if (t)
        cmd = { type: 'lead.set', nodeId: t.id, actorId: op.actor % 4 === 0 || !a ? null : a.id };
      break;
    }
    case 'actorAdd':
      cmd = { type: 'actor.add', actor: { name: `actor of r${rep.index}` } };
      break;
    case 'actorDelete': {
      const a = actor(op.actor);
      if (a) cmd = { type: 'actor.delete', id: a.id };
      break;
    }
    case 'capture':
      versions[rep.index]?.push(captureVersion(rep.doc));
      return;
    case 'restore': {
      const mine = versions[rep.index] ?? [];
      const bytes = pick(mine, op.version);
      if (bytes) {
        const version = boardFromVersion(bytes);
        restoreVersion(rep.doc, version);
        expect(rep.store.read()).toEqual(version);
        count('restore');
      }
      return;
    }
  }
  if (cmd) {
    const result = rep.store.run(cmd);
    stats[`${cmd.type}:${result.ok ? 'ok' : result.reason}`] =
      (stats[`${cmd.type}:${result.ok ? 'ok' : result.reason}`] ?? 0) + 1;
    // a local refusal is fine (cycle, duplicate, …); an 'invalid' one means the generator or a command is broken
    if (!result.ok && result.reason === 'invalid')
      throw new Error(`invalid: ${result.message} ${JSON.stringify(cmd)}`);
  }
}

function hasSequenceCycle(board: Board): boolean {
  const next = new Map<string, string[]>();
  for (const e of board.edges)
    if (e.kind === 'sequence') next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const state = new Map<string, 1 | 2>();
  const visit = (id: string): boolean => {
    state.set(id, 1);
    for (const t of next.get(id) ?? []) {
      const s = state.get(t);
      if (s === 1 || (s === undefined && visit(t))) return true;
    }
    state.set(id, 2);
    return false;
  };
  return board.nodes.some((node) => state.get(node.id) === undefined && visit(node.id));
}

function runScenario(replicaCount: number, steps: Step[]): void {
  const { replicas, connector } = createReplicas(replicaCount);
  const versions: Uint8Array[][] = replicas.map(() => []);
  const first = replicas[0] as Replica;
  writeBoard(first.doc, {
    meta: { title: 'h', schemaVersion: 1, horizonLabels: { short: 's', mid: 'm', long: 'l' } },
    actors: [
      { id: 'a1', name: 'SRSG', abbrev: null, group: 'mission-component' },
      { id: 'a2', name: 'UNDP', abbrev: null, group: 'country-team' },
    ],
    nodes: [
      createNode({ id: 'o', kind: 'objective', title: 'Objective' }),
      createNode({
        id: 'p',
        kind: 'output',
        title: 'Output',
        lead: 'a1',
        benchmarks: [createBenchmark({ id: 'b0', horizon: 'short', text: 'bm' })],
      }),
      createNode({ id: 'q', kind: 'activity', title: 'One', support: ['a2'] }),
      createNode({ id: 's', kind: 'activity', title: 'Two' }),
    ],
    edges: [createEdge({ id: 'e0', kind: 'contributes', source: 'p', target: 'o' })],
  });
  connector.flush();
  for (const rep of replicas) versions[rep.index]?.push(captureVersion(rep.doc));
  for (const step of steps) {
    if ('flush' in step) {
      const rng = mulberry32(step.seed);
      if (step.flush === 'all') connector.flush({ rng });
      else
        connector.flush({
          link: (from, to) => ((step.mask >> (from * replicaCount + to)) & 1) === 1,
          rng,
        });
    } else {
      const rep = replicas[step.r];
      if (rep) apply(rep, step.op, versions);
    }
  }
  connector.flush({ rng: mulberry32(steps.length) });
  expect(connector.pending).toBe(0);
  const reference = first.store.readReport();
  for (const rep of replicas) {
    const report = rep.store.readReport();
    expect(report.board).toEqual(reference.board);
    expect(report.skipped).toEqual([]);
    expect(report.dangling.map((f) => f.edgeIds)).toEqual(reference.dangling.map((f) => f.edgeIds));
  }
  expect(readMerged(replicas)).toEqual(reference.board);
  expect(BoardSchema.safeParse(reference.board).success).toBe(true);
  expect(boardInvariantViolations(reference.board)).toEqual([]);
  const findings = analyzeBoard(reference.board);
  stats.finalNodes = (stats.finalNodes ?? 0) + reference.board.nodes.length;
  stats.finalEdges = (stats.finalEdges ?? 0) + reference.board.edges.length;
  stats.dangling = (stats.dangling ?? 0) + reference.dangling.length;
  if (hasSequenceCycle(reference.board)) stats.seqCycles = (stats.seqCycles ?? 0) + 1;
  if (hasSequenceCycle(reference.board))
    expect(findings.some((f) => f.rule === 'SEQ-CYCLE')).toBe(true);
}

describe('convergence harness', () => {
  it('all replicas converge after random concurrent commands, undo, restores and partial delivery', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 5 })
          .chain((count) =>
            fc.tuple(fc.constant(count), fc.array(stepArb(count), { minLength: 8, maxLength: 30 })),
          ),
        ([count, steps]) => runScenario(count, steps),
      ),
      {
        numRuns: Number(process.env.HARNESS_RUNS ?? 1000),
        seed: Number(process.env.HARNESS_SEED ?? 20261127),
      },
    );
    if (process.env.HARNESS_STATS) console.log(stats);
  }, 120_000);

  it('keeps both of two concurrent sequence edges that close a cycle; every replica flags SEQ-CYCLE', () => {
    const { replicas, connector } = createReplicas(3);
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'activity' } });
    a.store.run({ type: 'node.add', node: { id: 'y', kind: 'activity' } });
    connector.flush();
    expect(
      a.store.run({ type: 'edge.connect', kind: 'sequence', source: 'x', target: 'y', id: 'xy' })
        .ok,
    ).toBe(true);
    expect(
      b.store.run({ type: 'edge.connect', kind: 'sequence', source: 'y', target: 'x', id: 'yx' })
        .ok,
    ).toBe(true);
    connector.flush();
    for (const r of [a, b, c]) {
      const board = r.store.read();
      expect(board.edges.map((e) => e.id)).toEqual(['xy', 'yx']);
      const cycle = analyzeBoard(board).find((f) => f.rule === 'SEQ-CYCLE');
      expect(cycle?.nodeIds.slice().sort()).toEqual(['x', 'y']);
    }
  });

  it('undo of a delete after a colleague overwrote a field of the deleted node reads a whole record', () => {
    const { replicas, connector } = createReplicas(2);
    const [a, b] = replicas as [Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'output', priority: 2 } });
    a.store.run({
      type: 'benchmark.add',
      nodeId: 'x',
      benchmark: { id: 'b', horizon: 'short', text: 't' },
    });
    connector.flush();
    a.store.run({ type: 'node.delete', ids: ['x'] });
    b.store.run({ type: 'node.update', id: 'x', fields: { priority: 5, status: 'done' } });
    b.store.run({
      type: 'benchmark.setStatus',
      nodeId: 'x',
      benchmarkId: 'b',
      status: 'achieved',
      reviewer: 'B',
    });
    connector.flush();
    expect(a.undo.undo()).toBe(true);
    connector.flush();
    for (const r of replicas) {
      const report = r.store.readReport();
      expect(report.skipped).toEqual([]);
      // the overwritten fields have nothing to come back to: they read as the factory defaults
      expect(report.board.nodes[0]).toMatchObject({
        id: 'x',
        kind: 'output',
        priority: 3,
        status: 'planned',
      });
      expect(report.board.nodes[0]?.benchmarks[0]).toMatchObject({
        id: 'b',
        text: 't',
        status: 'not-started',
      });
    }
    expect(a.store.read()).toEqual(b.store.read());
  });

  it('delete vs update of the same node: stays deleted, no half record, no crash', () => {
    const { replicas, connector } = createReplicas(3);
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    a.store.run({ type: 'node.add', node: { id: 'x', kind: 'output' } });
    a.store.run({
      type: 'benchmark.add',
      nodeId: 'x',
      benchmark: { id: 'b', horizon: 'short', text: '' },
    });
    connector.flush();
    a.store.run({ type: 'node.delete', ids: ['x'] });
    b.store.run({
      type: 'node.update',
      id: 'x',
      fields: { priority: 1, support: ['a1'].filter(() => false) },
    });
    b.store.run({ type: 'text.edit', nodeId: 'x', field: 'title', index: 0, insert: 'late' });
    b.store.run({
      type: 'benchmark.setStatus',
      nodeId: 'x',
      benchmarkId: 'b',
      status: 'achieved',
      reviewer: 'B',
    });
    c.store.run({ type: 'node.move', moves: [{ id: 'x', position: { x: 5, y: 5 } }] });
    connector.flush({ rng: mulberry32(7) });
    for (const r of replicas) {
      const report = r.store.readReport();
      expect(report.board.nodes).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(r.store.run({ type: 'node.update', id: 'x', fields: { priority: 2 } })).toMatchObject({
        ok: false,
        reason: 'not-found',
      });
    }
  });
});
