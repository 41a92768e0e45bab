import { describe, expect, it } from 'vitest';
import { analyzeBoard } from '../analyzeBoard';
import { act, board, out } from '../testBoard';

const acts = (short: number, later: number) => [
  ...Array.from({ length: short }, (_, i) => act(`s${i}`, { horizon: 'short' })),
  ...Array.from({ length: later }, (_, i) => act(`l${i}`, { horizon: i % 2 ? 'mid' : 'long' })),
];
const run = (nodes: ReturnType<typeof acts>, opts = {}) =>
  analyzeBoard(board(nodes), { rules: ['ALL-AT-ONCE'], ...opts });

describe('ALL-AT-ONCE', () => {
  it('ALL-AT-ONCE: more than 60% of activities in the short term is a warning', () => {
    const f = run(acts(7, 3));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', rule: 'ALL-AT-ONCE' });
    expect(f[0]?.nodeIds).toHaveLength(7);
    expect(f[0]?.message).toContain('7 of 10 activities (70%)');
    expect(f[0]).toMatchObject({
      code: 'finding.ALL-AT-ONCE.short',
      params: { short: 7, total: 10, percent: 70, horizon: 'Short term' },
    });
  });

  it('ALL-AT-ONCE: exactly at the share, or too few activities, is fine; outputs do not count', () => {
    expect(run(acts(6, 4))).toEqual([]);
    expect(run(acts(4, 0))).toEqual([]);
    expect(run([...acts(1, 4), ...Array.from({ length: 9 }, (_, i) => out(`o${i}`))])).toEqual([]);
    expect(run([])).toEqual([]);
  });

  it('ALL-AT-ONCE: honours allAtOnceShare and allAtOnceMinActivities', () => {
    expect(run(acts(3, 1), { allAtOnceMinActivities: 4 })).toHaveLength(1);
    expect(run(acts(7, 3), { allAtOnceShare: 0.8 })).toEqual([]);
  });
});
