import type { LinkRecord, LinkRole } from '../storage/Storage.js';
import type { RelaySocket } from './RelaySocket.js';

/** Options of one relay {@link Connection}. */
export interface ConnectionOptions {
  /** Short id for logs. */
  id: string;
  /** The link the connection authenticated with (its role may change via `refreshAccess`). */
  link: LinkRecord;
  /** The client asked for `MESSAGE_SAVED` acknowledgements (`?ack=1`). */
  ack: boolean;
  /** Awareness messages changing this connection's own presence allowed per second. */
  maxAwarenessPerSecond: number;
  /** Monotonic milliseconds (injectable for tests). */
  now?: () => number;
}

/** Messages buffered while the room loads, at most; beyond this the connection is closed. */
const MAX_BUFFERED_MESSAGES = 10_000;

/**
 * One client connection of a room: its socket, role, the awareness client ids it announced,
 * messages buffered until the room has loaded, and liveness for pings.
 */
export class Connection {
  readonly id: string;
  readonly ack: boolean;
  link: LinkRecord;
  /** Awareness client ids this connection announced (removed when it closes). */
  readonly awarenessClients = new Set<number>();
  /** Set by pings: false until the next pong arrives. */
  alive = true;
  /** Whether the read-only notice was sent since the connection became a viewer. */
  readOnlyNoticeSent = false;
  private closedFlag = false;
  private handler: ((data: Uint8Array) => void) | null = null;
  private buffer: Uint8Array[] = [];
  private readonly closeListeners: (() => void)[] = [];
  private readonly now: () => number;
  private readonly ownPresence: RateWindow;
  private readonly anyPresence: RateWindow;

  constructor(
    readonly socket: RelaySocket,
    options: ConnectionOptions,
  ) {
    this.id = options.id;
    this.link = options.link;
    this.ack = options.ack;
    this.now = options.now ?? (() => performance.now());
    this.ownPresence = new RateWindow(options.maxAwarenessPerSecond);
    // Stock providers echo every presence change they receive, so the frame budget is far larger.
    this.anyPresence = new RateWindow(Math.max(50 * options.maxAwarenessPerSecond, 2000));
  }

  get role(): LinkRole {
    return this.link.role;
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Sends unless closed. Socket errors are swallowed (the close event follows). */
  send(data: Uint8Array): void {
    if (this.closedFlag) return;
    try {
      this.socket.send(data);
    } catch {
      // the socket is going away; its close event cleans up
    }
  }

  /** Called by the route for every incoming message; buffered until {@link attach}. */
  receive(data: Uint8Array): void {
    if (this.closedFlag) return;
    if (this.handler) {
      this.handler(data);
      return;
    }
    if (this.buffer.length >= MAX_BUFFERED_MESSAGES) {
      this.close(4429, 'too many messages while loading');
      return;
    }
    this.buffer.push(data);
  }

  /** Starts delivering messages (buffered ones first, in order) to `handler`. */
  attach(handler: (data: Uint8Array) => void): void {
    this.handler = handler;
    const pending = this.buffer;
    this.buffer = [];
    for (const data of pending) {
      if (this.closedFlag) return;
      handler(data);
    }
  }

  /**
   * Counts one awareness frame (`own`: it changes this connection's own presence); false when a
   * per-second budget is exceeded.
   */
  takeAwarenessBudget(own: boolean): boolean {
    const t = this.now();
    if (!this.anyPresence.take(t)) return false;
    return !own || this.ownPresence.take(t);
  }

  /** Closes with a code and reason (once) and runs the close listeners. */
  close(code: number, reason: string): void {
    if (this.closedFlag) return;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
    this.markClosed();
  }

  /** Destroys the socket (no pong) and runs the close listeners. */
  terminate(): void {
    if (this.closedFlag) return;
    this.socket.terminate();
    this.markClosed();
  }

  /** Called by the route when the socket closed from either side. */
  socketClosed(): void {
    this.markClosed();
  }

  /** Registers a listener that runs once when the connection closes. */
  onClose(listener: () => void): void {
    if (this.closedFlag) listener();
    else this.closeListeners.push(listener);
  }

  private markClosed(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.handler = null;
    this.buffer = [];
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}

/** A fixed one-second window counter. */
class RateWindow {
  private start = -Infinity;
  private count = 0;

  constructor(private readonly perSecond: number) {}

  take(now: number): boolean {
    if (now - this.start >= 1000) {
      this.start = now;
      this.count = 0;
    }
    this.count += 1;
    return this.count <= this.perSecond;
  }
}
