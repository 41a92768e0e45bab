import type { BenchOptions } from '../cli';
import { max, percentile } from '../stats';
import { median } from '../stats';
import type { ClientSpec } from '../workers/protocol';
import {
  clientsFor,
  connectAll,
  deliveryNote,
  pacedLoad,
  percentileCell,
  rssMiB,
  settle,
} from './common';
import type { PacedResult } from './common';
import {
  diagnosticsNote,
  medianDiagnostics,
  withDiagnostics,
  type RunDiagnostics,
} from './serverDiagnostics';
import type { Cell, Scenario } from './types';
import { withServer } from './types';

function plan(options: BenchOptions) {
  return {
    rooms: options.quick ? 20 : 100,
    perRoom: 5,
    ratePerSec: 1,
    durationMs: options.quick ? 5_000 : 15_000,
    repeats: options.quick ? 1 : 2,
  };
}

/** S3 many rooms: 100 rooms × 5 clients, 1 update/s each: p99 latency and server RSS. */
export const s3Rooms: Scenario = {
  id: 'S3',
  title: 'S3 many rooms',
  rows: (options) => {
    const p = plan(options);
    return [
      {
        id: 'S3-p99',
        scenario: 'S3',
        label: `S3 p99 latency, ${p.rooms} rooms × ${p.perRoom}`,
        kind: 'ms',
      },
      {
        id: 'S3-rss',
        scenario: 'S3',
        label: `S3 server peak RSS, ${p.rooms} rooms × ${p.perRoom}`,
        kind: 'mib',
      },
    ];
  },
  async run(ctx) {
    const p = plan(ctx.options);
    const runs: PacedResult[] = [];
    const peaks: number[] = [];
    const diagnostics: RunDiagnostics[] = [];
    await withServer(ctx.spec, async (server) => {
      for (let r = 0; r < p.repeats; r += 1) {
        const specs: ClientSpec[] = [];
        for (let room = 0; room < p.rooms; room += 1) {
          const target = await server.createRoom(`s3-${r}-${room}`);
          specs.push(...clientsFor(target, p.perRoom, `s3r${room}c`));
        }
        await connectAll(ctx.pool, specs);
        await settle(1000);
        let peak = rssMiB(server.pid);
        const { result, diagnostics: d } = await withDiagnostics(server, () =>
          pacedLoad(
            ctx.pool,
            specs.map((s) => s.key),
            p.ratePerSec,
            p.durationMs,
            () => {
              peak = Math.max(peak, rssMiB(server.pid));
            },
          ),
        );
        runs.push(result);
        diagnostics.push(d);
        peaks.push(peak);
        ctx.log(
          `S3 run ${r + 1}: p99 ${percentile(result.samples, 99).toFixed(1)} ms, RSS ${peak.toFixed(0)} MiB`,
        );
        await ctx.pool.disconnectAll();
        if (!server.alive()) throw new Error(`server died during S3:\n${server.logTail()}`);
        await settle(1000);
      }
    });
    const rss: Cell = {
      value: max(peaks),
      repeats: peaks,
      note: `median of peaks ${median(peaks).toFixed(0)} MiB`,
    };
    return new Map<string, Cell>([
      [
        'S3-p99',
        percentileCell(
          runs,
          99,
          [deliveryNote(runs, p.perRoom - 1), diagnosticsNote(medianDiagnostics(diagnostics))]
            .filter((x) => x)
            .join('; '),
        ),
      ],
      ['S3-rss', rss],
    ]);
  },
};
