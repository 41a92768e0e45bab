import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { decodeBusMessage, encodeBusMessage } from './busCodec';
import type { BusHandler, BusMessageKind, RoomBus } from './RoomBus';

export interface RedisBusOptions {
  url: string;
  /** Channel prefix, so several deployments can share one Redis. */
  prefix?: string;
  instanceId?: string;
}

/**
 * Redis pub/sub between relay instances: one channel per board. Uses two connections (a
 * subscribed Redis connection cannot publish). ioredis reconnects and resubscribes by itself.
 */
export class RedisBus implements RoomBus {
  readonly instanceId: string;
  readonly sharesRooms = true;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  private readonly handlers = new Map<string, Set<BusHandler>>();

  constructor(options: RedisBusOptions) {
    this.instanceId = options.instanceId ?? randomUUID();
    this.prefix = options.prefix ?? 'isf:board:';
    const redisOptions = { maxRetriesPerRequest: 3, lazyConnect: false };
    this.pub = new Redis(options.url, redisOptions);
    this.sub = new Redis(options.url, redisOptions);
    // Connection errors are retried by ioredis; without listeners they would crash the process.
    this.pub.on('error', () => undefined);
    this.sub.on('error', () => undefined);
    this.sub.on('messageBuffer', (channel: Buffer, payload: Buffer) => {
      const boardId = channel.toString().slice(this.prefix.length);
      const message = decodeBusMessage(new Uint8Array(payload));
      if (!message || message.origin === this.instanceId) return;
      for (const handler of this.handlers.get(boardId) ?? []) handler(message);
    });
  }

  async publish(boardId: string, kind: BusMessageKind, data: Uint8Array): Promise<void> {
    const bytes = encodeBusMessage({ kind, origin: this.instanceId, data });
    await this.pub.publish(this.prefix + boardId, Buffer.from(bytes));
  }

  async subscribe(boardId: string, handler: BusHandler): Promise<() => Promise<void>> {
    let set = this.handlers.get(boardId);
    if (!set) {
      set = new Set();
      this.handlers.set(boardId, set);
      await this.sub.subscribe(this.prefix + boardId);
    }
    set.add(handler);
    return async () => {
      const current = this.handlers.get(boardId);
      if (!current) return;
      current.delete(handler);
      if (current.size === 0) {
        this.handlers.delete(boardId);
        await this.sub.unsubscribe(this.prefix + boardId);
      }
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.sub.quit(), this.pub.quit()]);
  }
}
