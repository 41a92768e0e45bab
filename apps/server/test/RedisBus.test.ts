import { afterEach, describe, expect, it } from 'vitest';
import { decodeBusMessage, encodeBusMessage } from '../src/bus/busCodec';
import { RedisBus } from '../src/bus/RedisBus';
import type { BusMessage } from '../src/bus/RoomBus';
import { requireService, TEST_REDIS_URL } from './support/services';

const available = await requireService('Redis', TEST_REDIS_URL, 6379);

describe('busCodec', () => {
  it('round-trips a message and refuses garbage without throwing', () => {
    const message: BusMessage = {
      kind: 'awareness',
      origin: 'relay-a',
      data: new Uint8Array([1, 2]),
    };
    expect(decodeBusMessage(encodeBusMessage(message))).toEqual(message);
    expect(decodeBusMessage(new Uint8Array([9, 9, 9]))).toBeNull();
    expect(decodeBusMessage(new Uint8Array([]))).toBeNull();
  });
});

describe.skipIf(!available)('RedisBus (real Redis)', () => {
  const buses: RedisBus[] = [];
  const prefix = `isf-test-${process.pid}-${Date.now()}:`;
  const make = (id: string): RedisBus => {
    const bus = new RedisBus({ url: TEST_REDIS_URL, prefix, instanceId: id });
    buses.push(bus);
    return bus;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  it('delivers a board update to other instances, not to itself or other boards', async () => {
    const a = make('a');
    const b = make('b');
    const gotB: BusMessage[] = [];
    const gotA: BusMessage[] = [];
    const gotOther: BusMessage[] = [];
    await b.subscribe('board-1', (m) => gotB.push(m));
    await a.subscribe('board-1', (m) => gotA.push(m));
    await b.subscribe('board-2', (m) => gotOther.push(m));
    await a.publish('board-1', 'update', new Uint8Array([7, 8, 9]));
    await expect.poll(() => gotB.length).toBe(1);
    expect(gotB[0]).toEqual({ kind: 'update', origin: 'a', data: new Uint8Array([7, 8, 9]) });
    expect(gotA).toHaveLength(0);
    expect(gotOther).toHaveLength(0);
  });

  it('stops delivering after unsubscribe', async () => {
    const a = make('a');
    const b = make('b');
    const got: BusMessage[] = [];
    const stop = await b.subscribe('board-3', (m) => got.push(m));
    await a.publish('board-3', 'awareness', new Uint8Array([1]));
    await expect.poll(() => got.length).toBe(1);
    await stop();
    await a.publish('board-3', 'awareness', new Uint8Array([2]));
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toHaveLength(1);
  });
});
