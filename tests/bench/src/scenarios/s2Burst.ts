import type { BenchOptions } from '../cli';
import { wallNow } from '../clock';
import { median } from '../stats';
import { clientsFor, connectAll, settle } from './common';
import type { Cell, Scenario } from './types';
import { withServer } from './types';

function plan(options: BenchOptions) {
  return { clients: 50, updates: 40, repeats: options.quick ? 1 : 3, timeoutMs: 60_000 };
}

/** S2 burst: 50 clients × 40 updates as fast as possible; time until every client converged. */
export const s2Burst: Scenario = {
  id: 'S2',
  title: 'S2 burst',
  rows: () => [
    { id: 'S2-converge', scenario: 'S2', label: 'S2 burst 50×40: all converged', kind: 'ms' },
  ],
  async run(ctx) {
    const p = plan(ctx.options);
    const times: number[] = [];
    let incomplete = 0;
    await withServer(ctx.spec, async (server) => {
      for (let r = 0; r < p.repeats; r += 1) {
        const room = await server.createRoom(`s2-${r}`);
        const specs = clientsFor(room, p.clients, 's2c');
        const keys = specs.map((s) => s.key);
        await connectAll(ctx.pool, specs);
        await settle(700);
        const startAt = wallNow() + 300;
        const answers = await ctx.pool.all(
          () => ({
            type: 'burst',
            keys,
            expectFrom: keys,
            startAt,
            count: p.updates,
            timeoutMs: p.timeoutMs,
          }),
          p.timeoutMs + 10_000,
        );
        let latest = Number.NEGATIVE_INFINITY;
        let missing = 0;
        for (const answer of answers) {
          if (answer.type !== 'burst') continue;
          missing += answer.missing;
          if (answer.convergedAt !== null) latest = Math.max(latest, answer.convergedAt);
        }
        if (missing > 0) {
          incomplete += 1;
          times.push(Number.NaN);
        } else {
          times.push(latest - startAt);
        }
        ctx.log(
          `S2 run ${r + 1}: ${missing > 0 ? `${missing} clients not converged` : `${(latest - startAt).toFixed(1)} ms`}`,
        );
        await ctx.pool.disconnectAll();
        if (!server.alive()) throw new Error(`server died during S2:\n${server.logTail()}`);
      }
    });
    const cell: Cell = {
      value: median(times),
      repeats: times,
      ...(incomplete > 0
        ? { note: `${incomplete} run(s) did not converge within ${p.timeoutMs / 1000} s` }
        : {}),
    };
    return new Map([['S2-converge', cell]]);
  },
};
