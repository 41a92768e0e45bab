/**
 * `npm run bench:relay` — side-by-side relay benchmarks of this project's relay against
 * y-websocket's reference server and Hocuspocus (3.4 and 4.x, SQLite and memory).
 * Markdown goes to stdout, progress to stderr. See ../README.md.
 */
import { parseOptions } from './cli';
import type { ScenarioId } from './cli';
import { killAll, installExitHandlers } from './lifecycle';
import { machineLine, renderDetails, renderTable } from './report';
import type { Results } from './report';
import { s1Fanout } from './scenarios/s1Fanout';
import { s2Burst } from './scenarios/s2Burst';
import { s3Rooms } from './scenarios/s3Rooms';
import { s4Join } from './scenarios/s4Join';
import { s5Crash } from './scenarios/s5Crash';
import { s6Hostile } from './scenarios/s6Hostile';
import type { Cell, Row, Scenario } from './scenarios/types';
import { selectServers } from './servers/registry';
import { oursAvailable } from './servers/ours';
import { evaluateTargets } from './targets';
import { WorkerPool } from './workers/pool';

const SCENARIOS: Record<ScenarioId, Scenario> = {
  S1: s1Fanout,
  S2: s2Burst,
  S3: s3Rooms,
  S4: s4Join,
  S5: s5Crash,
  S6: s6Hostile,
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  installExitHandlers(options.deadlineMinutes * 60_000);
  const servers = selectServers(options.servers);
  if (servers.length === 0)
    throw new Error(`no server matches --servers ${options.servers.join(',')}`);
  const scenarios = options.only.map((id) => SCENARIOS[id]);
  const started = Date.now();
  const log = (message: string) =>
    console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

  const machine = machineLine(options);
  log(machine);
  const pool = await WorkerPool.start(options.workers);
  const results: Results = new Map();
  const rows: Row[] = [];
  try {
    for (const scenario of scenarios) {
      const scenarioRows = scenario.rows(options);
      rows.push(...scenarioRows);
      for (const spec of servers) {
        let cells: Map<string, Cell>;
        if (spec.id.startsWith('ours') && !oursAvailable()) {
          cells = new Map(
            scenarioRows.map((r) => [r.id, { value: Number.NaN, text: 'not built yet' }]),
          );
        } else {
          log(`${scenario.title} — ${spec.label}`);
          try {
            cells = await scenario.run({ spec, pool, options, log });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            log(`  failed: ${message}`);
            await pool.disconnectAll().catch(() => undefined);
            cells = new Map(
              scenarioRows.map((r) => [
                r.id,
                { value: Number.NaN, text: 'error', note: message.split('\n')[0] },
              ]),
            );
          }
        }
        for (const [rowId, cell] of cells) {
          const byServer = results.get(rowId) ?? new Map<string, Cell>();
          byServer.set(spec.id, cell);
          results.set(rowId, byServer);
        }
      }
    }
  } finally {
    pool.close();
  }

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const out = [
    `## Relay benchmark (${new Date().toISOString()})`,
    '',
    machine,
    '',
    renderTable(rows, servers, results),
    '',
    '× = ours ÷ peer (below 1: ours is lower, i.e. better, for times and memory). Timings are medians over repeats (see details).',
    '',
    '### Targets',
    '',
    evaluateTargets(results, servers),
    '',
    '### Details',
    '',
    renderDetails(rows, servers, results),
    '',
    `Run took ${minutes} min.`,
  ];
  console.log(out.join('\n'));
}

main()
  .then(() => {
    killAll();
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error('relay-bench failed:', error);
    killAll();
    process.exit(1);
  });
