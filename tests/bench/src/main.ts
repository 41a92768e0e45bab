/**
 * `npm run bench:relay` — side-by-side relay benchmarks of this project's relay against
 * y-websocket's reference server and Hocuspocus (3.4 and 4.x, SQLite and memory).
 * Markdown goes to stdout, progress to stderr. See ../README.md.
 */
import os from 'node:os';
import { parseOptions } from './cli';
import type { ScenarioId } from './cli';
import { killAll, installExitHandlers } from './lifecycle';
import { placeProcesses } from './pinning';
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
import { mergeRounds, ROUNDED_SCENARIOS } from './rounds';
import type { ServerSpec } from './servers/types';
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

  const machine = machineLine(
    options,
    placeProcesses(options.pin, os.cpus().length, options.workers),
  );
  log(machine);
  const pool = await WorkerPool.start(options.workers);
  const results: Results = new Map();
  const rows: Row[] = [];
  /** One scenario against one server; a failure becomes an error cell (the run goes on). */
  const runOne = async (scenario: Scenario, spec: ServerSpec, rows: Row[]) => {
    if (spec.id.startsWith('ours') && !oursAvailable()) {
      return new Map<string, Cell>(
        rows.map((r) => [r.id, { value: Number.NaN, text: 'not built yet' }]),
      );
    }
    log(`${scenario.title} — ${spec.label}`);
    try {
      return await scenario.run({ spec, pool, options, log });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  failed: ${message}`);
      await pool.disconnectAll().catch(() => undefined);
      return new Map<string, Cell>(
        rows.map((r) => [r.id, { value: Number.NaN, text: 'error', note: message.split('\n')[0] }]),
      );
    }
  };
  try {
    for (const scenario of scenarios) {
      const scenarioRows = scenario.rows(options);
      rows.push(...scenarioRows);
      const rounds = ROUNDED_SCENARIOS.has(scenario.id) ? options.rounds : 1;
      // Per server, per row: the cell of each round.
      const perRound = new Map<string, Map<string, Cell[]>>();
      for (let round = 1; round <= rounds; round += 1) {
        if (rounds > 1) log(`${scenario.title}: round ${round} of ${rounds}`);
        for (const spec of servers) {
          const cells = await runOne(scenario, spec, scenarioRows);
          const byRow = perRound.get(spec.id) ?? new Map<string, Cell[]>();
          for (const [rowId, cell] of cells) byRow.set(rowId, [...(byRow.get(rowId) ?? []), cell]);
          perRound.set(spec.id, byRow);
        }
      }
      for (const [serverId, byRow] of perRound) {
        for (const [rowId, cells] of byRow) {
          const row = scenarioRows.find((r) => r.id === rowId);
          const byServer = results.get(rowId) ?? new Map<string, Cell>();
          byServer.set(serverId, row ? mergeRounds(row, cells) : (cells[0] as Cell));
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
