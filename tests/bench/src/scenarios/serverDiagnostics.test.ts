import { describe, expect, it } from 'vitest';
import { fsyncFloorText } from './serverDiagnostics';

describe('fsyncFloorText', () => {
  it('gives back to back, then the paced figures that were measured', () => {
    expect(fsyncFloorText({ p50: 0.15, p99: 0.24, afterPauseP50: 0.4, afterIdleP50: 0.45 })).toBe(
      "p50 0.15 ms / p99 0.24 ms back to back, p50 0.40 ms after 10 ms pauses (S1's pace at 50 clients), p50 0.45 ms after 150 ms idle",
    );
    expect(fsyncFloorText({ p50: 0.15, p99: 0.24, afterIdleP50: Number.NaN })).toBe(
      'p50 0.15 ms / p99 0.24 ms back to back',
    );
  });
});
