import type { BenchOptions, ScenarioId } from '../cli';
import type { RunningServer, ServerSpec } from '../servers/types';
import type { WorkerPool } from '../workers/pool';
import type { RunDiagnostics } from './serverDiagnostics';

/** How a row's numbers are shown and compared. */
export type RowKind = 'ms' | 'mib' | 'lost' | 'text';

/** One line of the results table. */
export interface Row {
  id: string;
  scenario: ScenarioId;
  label: string;
  kind: RowKind;
}

/** One server's figure for one row. */
export interface Cell {
  /** The figure (median over repeats for timings); NaN when not measured. */
  value: number;
  /** Shown instead of the formatted value when set (e.g. "all lost (in memory)"). */
  text?: string;
  /** Per-repeat values, for the details section. */
  repeats?: number[];
  /** A short note for the details section. */
  note?: string;
  /** What the server itself measured during the runs (ours), for the targets' explanations. */
  server?: RunDiagnostics;
}

/** What a scenario gets to run against one server. */
export interface ScenarioContext {
  spec: ServerSpec;
  pool: WorkerPool;
  options: BenchOptions;
  log(message: string): void;
}

/** A scenario: declares its rows, then measures them for one server at a time. */
export interface Scenario {
  id: ScenarioId;
  title: string;
  rows(options: BenchOptions): Row[];
  /** Runs against a fresh server (started and stopped by the scenario itself). */
  run(ctx: ScenarioContext): Promise<Map<string, Cell>>;
}

/** Starts a fresh server for a scenario and stops it afterwards, whatever happens. */
export async function withServer<T>(
  spec: ServerSpec,
  body: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const server = await spec.start();
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}
