import type { BenchOptions } from '../cli';
import { sleep } from '../clock';
import type { RunningServer } from '../servers/types';
import type { Cell, Scenario, ScenarioContext } from './types';

function plan(_options: BenchOptions) {
  return { writers: 4, perWriter: 250, delays: [0, 200, 2500], timeoutMs: 30_000 };
}

/**
 * One crash: 4 writers (worker 1) put 1,000 entries in the `log` map and leave at once; an observer
 * (worker 0) that never writes waits until every entry was relayed to it, then SIGKILLs the server
 * `delayMs` later and leaves too, so nobody can re-send anything after the restart. A fresh client
 * then counts what the restarted server still has.
 */
async function crashOnce(
  ctx: ScenarioContext,
  delayMs: number,
): Promise<{ lost: number; total: number; note?: string }> {
  const p = plan(ctx.options);
  const total = p.writers * p.perWriter;
  let server: RunningServer = await ctx.spec.start();
  try {
    const room = await server.createRoom(`s5-${delayMs}`);
    const observer = { key: 's5obs', target: room };
    const writers = Array.from({ length: p.writers }, (_, i) => ({ key: `s5w${i}`, target: room }));
    for (const [index, clients] of [
      [0, [observer]],
      [1, writers],
    ] as const) {
      const answer = await ctx.pool.request(
        index,
        { type: 'connect', clients: [...clients], timeoutMs: 30_000 },
        35_000,
      );
      if (answer.type !== 'connected' || answer.failed.length > 0)
        throw new Error('S5 clients did not sync');
    }
    const watched = ctx.pool.request(
      0,
      {
        type: 'watch-log-then-kill',
        key: observer.key,
        expected: total,
        killPid: server.pid,
        killAfterMs: delayMs,
        timeoutMs: p.timeoutMs,
      },
      p.timeoutMs + 5_000,
    );
    await ctx.pool.request(
      1,
      { type: 'write-log', keys: writers.map((w) => w.key), perClient: p.perWriter },
      30_000,
    );
    const watch = await watched;
    await server.kill();
    const relayed = watch.type === 'watched' ? watch.seen : 0;
    await sleep(200);
    server = await server.restart();
    const counted = await ctx.pool.request(
      0,
      { type: 'count-log', target: room, settleMs: 1000, timeoutMs: 30_000 },
      35_000,
    );
    const count = counted.type === 'counted' ? counted.count : null;
    if (count === null) return { lost: Number.NaN, total, note: 'restarted server never synced' };
    const note =
      relayed < total ? `only ${relayed}/${total} were relayed before the kill` : undefined;
    return { lost: total - count, total, ...(note ? { note } : {}) };
  } finally {
    await ctx.pool.disconnectAll().catch(() => undefined);
    await server.stop();
  }
}

/** S5 crash: SIGKILL 0 ms and 200 ms after the last write was relayed; count what is missing. */
export const s5Crash: Scenario = {
  id: 'S5',
  title: 'S5 crash',
  rows: (options) =>
    plan(options).delays.map((d) => ({
      id: `S5-lost-${d}`,
      scenario: 'S5' as const,
      label: `S5 lost of 1,000 after SIGKILL +${d} ms`,
      kind: 'lost' as const,
    })),
  async run(ctx) {
    const cells = new Map<string, Cell>();
    for (const delay of plan(ctx.options).delays) {
      const { lost, total, note } = await crashOnce(ctx, delay);
      const memory = ctx.spec.persistent ? '' : ' (in memory: by design)';
      const text = Number.isFinite(lost)
        ? lost === total
          ? `all ${total} lost${memory}`
          : `${lost} / ${total}${memory}`
        : 'n/a';
      cells.set(`S5-lost-${delay}`, { value: lost, text, ...(note ? { note } : {}) });
      ctx.log(`S5 +${delay} ms: ${text}`);
    }
    return cells;
  },
};
