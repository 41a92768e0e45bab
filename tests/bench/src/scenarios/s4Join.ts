import type { BenchOptions } from '../cli';
import { sleep } from '../clock';
import { median } from '../stats';
import { clientsFor, connectAll, pacedLoad, settle } from './common';
import type { Cell, Scenario } from './types';
import { withServer } from './types';

function plan(options: BenchOptions) {
  return {
    nodes: 5_000,
    loadClients: 50,
    joins: options.quick ? 2 : 4,
    // The S1(50) load runs long enough to cover the joins (one every 2.5 s after 2 s).
    durationMs: options.quick ? 8_000 : 16_000,
    joinTimeoutMs: 30_000,
  };
}

/** S4 join under load: a new client joins a 5,000-node board while S1(50) runs. */
export const s4Join: Scenario = {
  id: 'S4',
  title: 'S4 join under load',
  rows: () => [
    {
      id: 'S4-join',
      scenario: 'S4',
      label: 'S4 join 5,000-node board under S1(50): synced',
      kind: 'ms',
    },
  ],
  async run(ctx) {
    const p = plan(ctx.options);
    const joins: number[] = [];
    let failures = 0;
    await withServer(ctx.spec, async (server) => {
      const room = await server.createRoom('s4');
      // The seeding client stays in the room for the whole scenario.
      await connectAll(ctx.pool, [{ key: 's4seed', target: room }]);
      await ctx.pool.request(0, { type: 'seed', key: 's4seed', nodes: p.nodes }, 60_000);
      // Warm-up join (not measured): also proves the seed reached the server.
      const warm = await ctx.pool.request(
        1,
        { type: 'join', target: room, expectNodes: p.nodes, timeoutMs: p.joinTimeoutMs },
        p.joinTimeoutMs + 5_000,
      );
      if (warm.type !== 'joined' || warm.ms === null) throw new Error('seeded board never synced');
      const specs = clientsFor(room, p.loadClients, 's4c');
      await connectAll(ctx.pool, specs);
      await settle(1000);
      const load = pacedLoad(
        ctx.pool,
        specs.map((s) => s.key),
        2,
        p.durationMs,
      );
      await sleep(2_500);
      for (let j = 0; j < p.joins; j += 1) {
        const answer = await ctx.pool.request(
          j,
          { type: 'join', target: room, expectNodes: p.nodes, timeoutMs: p.joinTimeoutMs },
          p.joinTimeoutMs + 5_000,
        );
        if (answer.type === 'joined' && answer.ms !== null) joins.push(answer.ms);
        else failures += 1;
        ctx.log(
          `S4 join ${j + 1}: ${answer.type === 'joined' ? `${answer.ms?.toFixed(0) ?? 'timeout'} ms` : answer.type}`,
        );
        await sleep(1_000);
      }
      await load;
      await ctx.pool.disconnectAll();
      if (!server.alive()) throw new Error(`server died during S4:\n${server.logTail()}`);
    });
    const cell: Cell = {
      value: median(joins),
      repeats: joins,
      ...(failures > 0
        ? { note: `${failures} join(s) did not sync within ${p.joinTimeoutMs / 1000} s` }
        : {}),
    };
    return new Map([['S4-join', cell]]);
  },
};
