import { describe, expect, it } from 'vitest';
import { ramShare } from './targets';

/** The RAM-disk line for S1 p99 at 50 clients with these figures (server id → ms). */
function ramLine(figures: Record<string, number>): string | null {
  const row = new Map(Object.entries(figures).map(([id, value]) => [id, { value }]));
  return ramShare(new Map([['S1-p99-50', row]]), 'S1-p99-50', 'ywebsocket');
}

describe('ramShare', () => {
  it('says the fsync is the whole gap when ours on a RAM disk is at or below the peer', () => {
    const line = ramLine({ ours: 7.5, 'ours-ram': 5.9, ywebsocket: 6.2 });
    expect(line).toContain('5.90 ms here vs y-websocket 6.20 ms');
    expect(line).toContain('the gap is the fsync');
  });

  it('says how much of the gap is the rest of our path when ours on a RAM disk is slower', () => {
    expect(ramLine({ ours: 7.5, 'ours-ram': 6.7, ywebsocket: 6.2 })).toContain(
      '0.50 ms of the gap is the rest of our path',
    );
  });

  it('says nothing when the RAM-disk column was not measured', () => {
    expect(ramLine({ ours: 7.5, ywebsocket: 6.2 })).toBeNull();
  });
});
