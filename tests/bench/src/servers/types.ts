/** Which client library and wire protocol a server speaks. */
export type Protocol = 'y-websocket' | 'hocuspocus-3' | 'hocuspocus-4';

/**
 * Where a client connects for one room. For the y-websocket protocol the provider connects to
 * `${serverUrl}/${room}?${params}`; for Hocuspocus the provider connects to `serverUrl` and names
 * the document `room`.
 */
export interface RoomTarget {
  protocol: Protocol;
  serverUrl: string;
  room: string;
  params: Record<string, string>;
  /** The request path of the WebSocket upgrade, for the raw clients of S6. */
  upgradePath: string;
}

/** A server started by the harness. */
export interface RunningServer {
  readonly pid: number;
  readonly port: number;
  /** True while the child process has not exited. */
  alive(): boolean;
  /** Creates (or names) a fresh room and tells how to reach it. */
  createRoom(label: string): Promise<RoomTarget>;
  /** Sends SIGKILL and waits for the exit. */
  kill(): Promise<void>;
  /** Sends SIGTERM, waits up to 5 s, then SIGKILL. */
  stop(): Promise<void>;
  /** Starts the same server again on the same port and data directory (after kill/stop). */
  restart(): Promise<RunningServer>;
  /** The last lines the server printed, for error messages. */
  logTail(): string;
  /** The directory the server stores its data in, when it has one (for the fsync probe). */
  readonly dataDir?: string;
  /** Its Prometheus `/metrics` page, when it has one (ours: commit and relay-delay histograms). */
  metricsText?(): Promise<string>;
}

/** One server variant of the comparison. */
export interface ServerSpec {
  /** Short id used on the command line (`--servers ours,ywebsocket`). */
  id: string;
  /** Column title in the table. */
  label: string;
  protocol: Protocol;
  /** True when updates are written to a file (so S5 measures something). */
  persistent: boolean;
  /** True for this project's relay. */
  ours: boolean;
  start(): Promise<RunningServer>;
}
