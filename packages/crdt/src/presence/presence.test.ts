import { describe, expect, it } from 'vitest';
import { createThrottle, type ThrottleTimer } from './createThrottle';
import { parsePresence, type PresenceState } from './PresenceState';

const valid: PresenceState = {
  user: { id: 'u1', name: 'Ana', color: '#1f77b4', role: 'editor', entity: 'undp' },
  cursor: { x: 1, y: 2 },
  selected: ['n1'],
  dragging: { n1: { x: 3, y: 4 } },
  viewport: { x: 0, y: 0, zoom: 1 },
  following: null,
};

describe('parsePresence', () => {
  it('accepts a valid state and rejects invalid ones without throwing', () => {
    expect(parsePresence(valid)).toEqual(valid);
    expect(
      parsePresence({ ...valid, cursor: null, dragging: null, viewport: null }),
    ).not.toBeNull();
    expect(parsePresence(null)).toBeNull();
    expect(parsePresence('x')).toBeNull();
    expect(parsePresence({ ...valid, user: { ...valid.user, role: 'admin' } })).toBeNull();
    expect(parsePresence({ ...valid, cursor: { x: Number.NaN, y: 0 } })).toBeNull();
    expect(parsePresence({ ...valid, viewport: { x: 0, y: 0, zoom: 0 } })).toBeNull();
    expect(
      parsePresence({ ...valid, selected: Array.from({ length: 6000 }, (_, i) => `n${i}`) }),
    ).toBeNull();
    const evil = {};
    Object.defineProperty(evil, 'user', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parsePresence(evil)).toBeNull();
  });
});

function fakeTimer() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const timer: ThrottleTimer = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number): void => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const t = timers[0];
      if (!t || t.at > end) break;
      timers.shift();
      now = t.at;
      t.fn();
    }
    now = end;
  };
  return { timer, advance };
}

describe('createThrottle', () => {
  it('delivers at most hz calls per second and always the trailing call', () => {
    const { timer, advance } = fakeTimer();
    const calls: [number, number][] = [];
    const send = createThrottle((x: number) => calls.push([timer.now(), x]), 10, timer);
    for (let i = 0; i < 100; i++) {
      send(i);
      advance(5); // 200 calls/s for 0.5 s
    }
    advance(1000);
    expect(calls[0]).toEqual([0, 0]);
    expect(calls.at(-1)?.[1]).toBe(99);
    expect(calls.length).toBeLessThanOrEqual(6 + 1);
    for (let i = 1; i < calls.length; i++) {
      expect((calls[i]?.[0] ?? 0) - (calls[i - 1]?.[0] ?? 0)).toBeGreaterThanOrEqual(100);
    }
  });

  it('flush delivers the pending call now; cancel drops it', () => {
    const { timer, advance } = fakeTimer();
    const got: string[] = [];
    const send = createThrottle((s: string) => got.push(s), 10, timer);
    send('a');
    send('b');
    send.flush();
    expect(got).toEqual(['a', 'b']);
    advance(200);
    send('c');
    send('d');
    send.cancel();
    advance(500);
    expect(got).toEqual(['a', 'b', 'c']);
  });
});
