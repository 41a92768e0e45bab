import { describe, expect, it } from 'vitest';
import { ramShare } from './targets';

/** The RAM-disk line for S1 p99 at 50 clients with these figures (server id → ms). */
function ramLine(
  figures: Record<string, number>,
  repeats: Record<string, number[]> = {},
): string | null {
  const row = new Map(
    Object.entries(figures).map(([id, value]) => [id, { value, repeats: repeats[id] }]),
  );
  return ramShare(new Map([['S1-p99-50', row]]), 'S1-p99-50', {
    id: 'ywebsocket',
    name: 'y-websocket',
  });
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

  it("says the rest is inside the run-to-run spread when each median lies in the other's runs", () => {
    const line = ramLine(
      { ours: 7.5, 'ours-ram': 6.7, ywebsocket: 6.2 },
      { 'ours-ram': [5.1, 6.7, 9.0], ywebsocket: [4.8, 6.2, 8.1] },
    );
    expect(line).toContain('0.50 ms of the gap is the rest of our path');
    expect(line).toContain('inside the run-to-run spread');
    expect(line).toContain('ours-ram 5.10 ms–9.00 ms, y-websocket 4.80 ms–8.10 ms');
  });

  it('says the rest is outside the spread when the peer median is below every RAM-disk run', () => {
    const line = ramLine(
      { ours: 9.5, 'ours-ram': 8.7, ywebsocket: 6.2 },
      { 'ours-ram': [8.1, 8.7, 9.0], ywebsocket: [4.8, 6.2, 8.8] },
    );
    expect(line).toContain('outside the run-to-run spread');
  });

  it('leaves the spread out with a single run per server', () => {
    const line = ramLine(
      { ours: 7.5, 'ours-ram': 6.7, ywebsocket: 6.2 },
      { 'ours-ram': [6.7], ywebsocket: [6.2] },
    );
    expect(line).not.toContain('spread');
  });

  it('says nothing when the RAM-disk column was not measured', () => {
    expect(ramLine({ ours: 7.5, ywebsocket: 6.2 })).toBeNull();
  });
});
