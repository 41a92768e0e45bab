import { parseArgs } from 'node:util';

export const SCENARIO_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Parsed command line. */
export interface BenchOptions {
  quick: boolean;
  only: ScenarioId[];
  /** Server ids (see servers/registry); empty = all. */
  servers: string[];
  workers: number;
  /** Rounds of the timing scenarios, interleaved across servers (see rounds.ts). */
  rounds: number;
  /** Overall hard deadline in minutes. */
  deadlineMinutes: number;
  /** Pin the server to core 0 and the clients to the others (`--no-pin`: off); see pinning.ts. */
  pin: boolean;
}

const USAGE = `Usage: npm run bench:relay -- [--quick] [--only S1,S5] [--servers ours,ywebsocket]
                               [--workers 2] [--rounds 3] [--deadline-minutes 40] [--no-pin]
Servers: ours, ywebsocket, hp3-sqlite, hp3-memory, hp4-sqlite, hp4-memory (default: all of these);
         diagnostics only when named: ours-normal (SQLITE_SYNCHRONOUS=NORMAL),
         ours-thread (SQLITE_LOOP_COMMIT_MAX_MS=0: every commit on the writer thread),
         ours-ram (data directory on /dev/shm: durable code path, fsync free).
--no-pin: let server and clients share every core (default: server on core 0, clients on the rest).`;

/** Parses argv; exits with the usage text on bad input or --help. */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      servers: { type: 'string' },
      workers: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '1' },
      'deadline-minutes': { type: 'string' },
      'no-pin': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const split = (s: string | undefined) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  const only = split(values.only).map((s) => s.toUpperCase());
  for (const id of only) {
    if (!(SCENARIO_IDS as readonly string[]).includes(id)) {
      console.error(`unknown scenario ${id}\n${USAGE}`);
      process.exit(64);
    }
  }
  const workers = Number(values.workers);
  const rounds = Number(values.rounds);
  const quick = values.quick ?? false;
  return {
    quick,
    only: (only.length > 0 ? only : [...SCENARIO_IDS]) as ScenarioId[],
    servers: split(values.servers),
    workers: Number.isInteger(workers) && workers > 0 && workers <= 8 ? workers : 2,
    rounds: Number.isInteger(rounds) && rounds > 0 && rounds <= 10 ? rounds : 1,
    deadlineMinutes: Number(values['deadline-minutes'] ?? (quick ? 15 : 45)),
    pin: !(values['no-pin'] ?? false),
  };
}
