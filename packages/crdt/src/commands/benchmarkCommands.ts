import * as Y from 'yjs';
import { createBenchmark, createRisk, type Benchmark, type Risk } from '@isf/framework';
import type { YValue } from '../layout';
import { benchmarkToYMap, reconcileSubRecord, riskToYMap } from '../records/nodeRecord';
import { errorText, refuse, type CommandResult, type ParsedBoardCommand } from './BoardCommand';
import { isRefusal, nestedMap, nodeMap, type CommandContext } from './CommandContext';

type Cmd<T extends ParsedBoardCommand['type']> = Extract<ParsedBoardCommand, { type: T }>;

function subRecord(
  ctx: CommandContext,
  nodeId: string,
  key: 'benchmarks' | 'risks',
  id: string,
): Y.Map<YValue> | CommandResult {
  const node = nodeMap(ctx, nodeId);
  if (isRefusal(node)) return node;
  const sub = nestedMap(node, key).get(id);
  const valid =
    key === 'benchmarks'
      ? ctx.node(nodeId)?.benchmarks.some((b) => b.id === id)
      : ctx.node(nodeId)?.risks.some((r) => r.id === id);
  if (!(sub instanceof Y.Map) || !valid) {
    return refuse(
      'not-found',
      key === 'benchmarks' ? 'command.benchmark.not-found' : 'command.risk.not-found',
      { id },
    );
  }
  return sub as Y.Map<YValue>;
}

function build<T>(make: () => T): { ok: true; value: T } | { ok: false; result: CommandResult } {
  try {
    return { ok: true, value: make() };
  } catch (e) {
    return {
      ok: false,
      result: refuse('invalid', 'command.invalid.detail', { detail: errorText(e) }),
    };
  }
}

/** `benchmark.add`: adds a benchmark to a node (its own nested Y.Map, so edits merge per field). */
export function benchmarkAdd(ctx: CommandContext, cmd: Cmd<'benchmark.add'>): CommandResult {
  const node = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(node)) return node;
  const id = cmd.benchmark.id ?? ctx.newId();
  const benchmarks = node.get('benchmarks');
  if (benchmarks instanceof Y.Map && benchmarks.has(id))
    return refuse('exists', 'command.benchmark.exists', { id });
  const b = build<Benchmark>(() => createBenchmark({ ...cmd.benchmark, id }));
  if (!b.ok) return b.result;
  nestedMap(node, 'benchmarks').set(id, benchmarkToYMap(b.value));
  return { ok: true, ids: [id] };
}

/** `benchmark.update`: sets horizon, text or evidence. */
export function benchmarkUpdate(ctx: CommandContext, cmd: Cmd<'benchmark.update'>): CommandResult {
  const sub = subRecord(ctx, cmd.nodeId, 'benchmarks', cmd.benchmarkId);
  if (isRefusal(sub)) return sub;
  reconcileSubRecord(sub, cmd.fields);
  return { ok: true, ids: [cmd.benchmarkId] };
}

/** `benchmark.setStatus`: records a stocktaking review (status, lastReviewed, reviewedBy). */
export function benchmarkSetStatus(
  ctx: CommandContext,
  cmd: Cmd<'benchmark.setStatus'>,
): CommandResult {
  const sub = subRecord(ctx, cmd.nodeId, 'benchmarks', cmd.benchmarkId);
  if (isRefusal(sub)) return sub;
  reconcileSubRecord(sub, {
    status: cmd.status,
    lastReviewed: cmd.date ?? ctx.today(),
    reviewedBy: cmd.reviewer,
  });
  return { ok: true, ids: [cmd.benchmarkId] };
}

/** `benchmark.delete`: removes a benchmark. */
export function benchmarkDelete(ctx: CommandContext, cmd: Cmd<'benchmark.delete'>): CommandResult {
  const node = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(node)) return node;
  const benchmarks = nestedMap(node, 'benchmarks');
  if (!benchmarks.has(cmd.benchmarkId))
    return refuse('not-found', 'command.benchmark.not-found', { id: cmd.benchmarkId });
  benchmarks.delete(cmd.benchmarkId);
  return { ok: true, ids: [cmd.benchmarkId] };
}

/** `risk.add`: adds a risk to a node. */
export function riskAdd(ctx: CommandContext, cmd: Cmd<'risk.add'>): CommandResult {
  const node = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(node)) return node;
  const id = cmd.risk.id ?? ctx.newId();
  const risks = node.get('risks');
  if (risks instanceof Y.Map && risks.has(id))
    return refuse('exists', 'command.risk.exists', { id });
  const r = build<Risk>(() => createRisk({ ...cmd.risk, id }));
  if (!r.ok) return r.result;
  nestedMap(node, 'risks').set(id, riskToYMap(r.value));
  return { ok: true, ids: [id] };
}

/** `risk.update`: sets text, likelihood, impact or mitigation. */
export function riskUpdate(ctx: CommandContext, cmd: Cmd<'risk.update'>): CommandResult {
  const sub = subRecord(ctx, cmd.nodeId, 'risks', cmd.riskId);
  if (isRefusal(sub)) return sub;
  reconcileSubRecord(sub, cmd.fields);
  return { ok: true, ids: [cmd.riskId] };
}

/** `risk.delete`: removes a risk. */
export function riskDelete(ctx: CommandContext, cmd: Cmd<'risk.delete'>): CommandResult {
  const node = nodeMap(ctx, cmd.nodeId);
  if (isRefusal(node)) return node;
  const risks = nestedMap(node, 'risks');
  if (!risks.has(cmd.riskId))
    return refuse('not-found', 'command.risk.not-found', { id: cmd.riskId });
  risks.delete(cmd.riskId);
  return { ok: true, ids: [cmd.riskId] };
}
