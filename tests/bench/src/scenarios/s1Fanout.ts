import type { BenchOptions } from '../cli';
import { clientsFor, connectAll, deliveryNote, pacedLoad, percentileCell, settle } from './common';
import type { PacedResult } from './common';
import {
  diagnosticsNote,
  medianDiagnostics,
  withDiagnostics,
  type RunDiagnostics,
} from './serverDiagnostics';
import type { Cell, Row, Scenario } from './types';
import { withServer } from './types';

function plan(options: BenchOptions) {
  return {
    counts: [2, 10, 50],
    durationMs: options.quick ? 5_000 : 20_000,
    ratePerSec: 2,
    // Medians over repeats for the headline (50 clients); one run (thousands of samples) below.
    repeats: (n: number) => (options.quick ? 1 : n >= 50 ? 3 : 1),
  };
}

/** S1 paced fan-out: N clients in one room, 2 small map updates/s each. */
export const s1Fanout: Scenario = {
  id: 'S1',
  title: 'S1 paced fan-out',
  rows(options) {
    const rows: Row[] = [];
    for (const n of plan(options).counts) {
      rows.push({
        id: `S1-p50-${n}`,
        scenario: 'S1',
        label: `S1 p50 latency, ${n} clients`,
        kind: 'ms',
      });
      rows.push({
        id: `S1-p99-${n}`,
        scenario: 'S1',
        label: `S1 p99 latency, ${n} clients`,
        kind: 'ms',
      });
    }
    return rows;
  },
  async run(ctx) {
    const p = plan(ctx.options);
    const cells = new Map<string, Cell>();
    await withServer(ctx.spec, async (server) => {
      for (const n of p.counts) {
        const runs: PacedResult[] = [];
        const diagnostics: RunDiagnostics[] = [];
        for (let r = 0; r < p.repeats(n); r += 1) {
          const room = await server.createRoom(`s1-${n}-${r}`);
          const specs = clientsFor(room, n, `s1c`);
          await connectAll(ctx.pool, specs);
          await settle(700);
          const { result, diagnostics: d } = await withDiagnostics(server, () =>
            pacedLoad(
              ctx.pool,
              specs.map((s) => s.key),
              p.ratePerSec,
              p.durationMs,
            ),
          );
          runs.push(result);
          diagnostics.push(d);
          await ctx.pool.disconnectAll();
          ctx.log(`S1 n=${n} run ${r + 1}: ${result.received} receipts`);
          if (!server.alive()) throw new Error(`server died during S1:\n${server.logTail()}`);
        }
        const serverSide = medianDiagnostics(diagnostics);
        const note = [deliveryNote(runs, n - 1), diagnosticsNote(serverSide)]
          .filter((x) => x)
          .join('; ');
        cells.set(`S1-p50-${n}`, percentileCell(runs, 50, note));
        cells.set(`S1-p99-${n}`, { ...percentileCell(runs, 99, note), server: serverSide });
      }
    });
    return cells;
  },
};
