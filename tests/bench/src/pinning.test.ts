import { describe, expect, it } from 'vitest';
import { corePlan, placeProcesses } from './pinning';

describe('corePlan', () => {
  it('gives the server core 0 and the clients the rest', () => {
    expect(corePlan(1)).toBeNull();
    expect(corePlan(2)).toEqual({ server: '0', clients: '1' });
    expect(corePlan(8)).toEqual({ server: '0', clients: '1-7' });
  });
});

describe('placeProcesses', () => {
  it('says why the processes share the cores when pinning is off or impossible', () => {
    expect(placeProcesses(false, 2, 2)).toBe(
      '2 client worker processes + 1 server process share these cores (no pinning: turned off (--no-pin))',
    );
    expect(placeProcesses(true, 1, 3)).toBe(
      '3 client worker processes + 1 server process share these cores (no pinning: fewer than 2 cores)',
    );
  });
});
