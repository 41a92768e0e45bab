import { describe, expect, it } from 'vitest';
import type { Results } from './report';
import { ramShare } from './targets';

function results(figures: Record<string, number>): Results {
  const row = new Map(Object.entries(figures).map(([id, value]) => [id, { value }]));
  return new Map([['S1-p99-50', row]]);
}

describe('ramShare', () => {
  it('says the fsync is the whole gap when ours on a RAM disk is at or below the peer', () => {
    const line = ramShare(
      results({ ours: 7.5, 'ours-ram': 5.9, ywebsocket: 6.2 }),
      'S1-p99-50',
      'ours',
      'ywebsocket',
    );
    expect(line).toContain('5.90 ms here vs y-websocket 6.20 ms');
    expect(line).toContain('the gap is the fsync');
  });

  it('says how much of the gap is the rest of our path when ours on a RAM disk is slower', () => {
    const line = ramShare(
      results({ ours: 7.5, 'ours-ram': 6.7, ywebsocket: 6.2 }),
      'S1-p99-50',
      'ours',
      'ywebsocket',
    );
    expect(line).toContain('0.50 ms of the gap is the rest of our path');
  });

  it('says nothing when the RAM-disk column was not measured', () => {
    expect(
      ramShare(results({ ours: 7.5, ywebsocket: 6.2 }), 'S1-p99-50', 'ours', 'ywebsocket'),
    ).toBeNull();
  });
});
