import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The relay's Prometheus metrics, on their own registry (one per app instance). */
export interface RelayMetrics {
  registry: Registry;
  rooms: Gauge;
  connections: Gauge;
  messages: Counter<'type'>;
  closes: Counter<'code'>;
  persistSeconds: Histogram;
  commitSeconds: Histogram;
  commits: Counter<'where'>;
  relayDelaySeconds: Histogram;
  persistFailures: Counter;
  persistRetries: Counter;
  quarantinedRows: Counter;
  autoVersions: Counter;
  compactions: Counter;
}

/** Creates a fresh registry with the relay metrics (no process-global state). */
export function createMetrics(): RelayMetrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    rooms: new Gauge({ name: 'isf_rooms', help: 'Rooms in memory', registers }),
    connections: new Gauge({
      name: 'isf_connections',
      help: 'Open relay connections',
      registers,
    }),
    messages: new Counter({
      name: 'isf_messages_total',
      help: 'Relay messages received, by type',
      labelNames: ['type'],
      registers,
    }),
    closes: new Counter({
      name: 'isf_connection_closes_total',
      help: 'Connections closed by the relay, by close code',
      labelNames: ['code'],
      registers,
    }),
    persistSeconds: new Histogram({
      name: 'isf_persist_seconds',
      help: 'Latency of durable update writes (one batch)',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    commitSeconds: new Histogram({
      name: 'isf_sqlite_commit_seconds',
      help: 'Duration of SQLite group commits (event loop or writer thread), fsync included',
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128],
      registers,
    }),
    commits: new Counter({
      name: 'isf_sqlite_commits_total',
      help: 'SQLite group commits, by where they ran (loop: event loop, thread: writer thread)',
      labelNames: ['where'],
      registers,
    }),
    relayDelaySeconds: new Histogram({
      name: 'isf_relay_delay_seconds',
      help: 'From receiving a client update to relaying it (validation, queue, durable write, apply)',
      buckets: [0.00025, 0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256],
      registers,
    }),
    persistFailures: new Counter({
      name: 'isf_persist_failures_total',
      help: 'Update batches that could not be stored after retries',
      registers,
    }),
    persistRetries: new Counter({
      name: 'isf_persist_retries_total',
      help: 'Retried update writes',
      registers,
    }),
    quarantinedRows: new Counter({
      name: 'isf_quarantined_rows_total',
      help: 'Stored update rows moved to quarantine on load',
      registers,
    }),
    autoVersions: new Counter({
      name: 'isf_auto_versions_total',
      help: 'Automatic versions created',
      registers,
    }),
    compactions: new Counter({
      name: 'isf_compactions_total',
      help: 'Update-log compactions',
      registers,
    }),
  };
}
