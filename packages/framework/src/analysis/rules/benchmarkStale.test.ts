import { describe, expect, it } from 'vitest';
import { createBenchmark } from '../../schema/index';
import type { Benchmark } from '../../schema/index';
import { analyzeBoard } from '../analyzeBoard';
import { board, out } from '../testBoard';

const bm = (id: string, extra: Partial<Benchmark> = {}) =>
  createBenchmark({ id, horizon: 'short', text: `Benchmark ${id}`, ...extra });
const run = (b: ReturnType<typeof board>, now?: Date | string, staleAfterDays?: number) =>
  analyzeBoard(b, { rules: ['BENCHMARK-STALE'], now, staleAfterDays });

describe('BENCHMARK-STALE', () => {
  const now = '2026-06-30';

  it('BENCHMARK-STALE: a review older than 90 days is stale (info), one finding per node', () => {
    const node = out('o', {
      benchmarks: [
        bm('b1', { lastReviewed: '2026-01-02', status: 'on-track' }),
        bm('b2', { lastReviewed: '2026-02-10', status: 'at-risk' }),
        bm('b3', { lastReviewed: '2026-06-01' }),
      ],
    });
    const f = run(board([node]), now);
    expect(f).toEqual([expect.objectContaining({ severity: 'info', nodeIds: ['o'] })]);
    expect(f[0]?.message).toContain('2 benchmarks');
    expect(f[0]?.message).toContain('oldest review 2026-01-02');
    expect(f[0]).toMatchObject({
      code: 'finding.BENCHMARK-STALE.stale',
      params: { count: 2, stale: 2, days: 90, oldest: '2026-01-02' },
    });
  });

  it('BENCHMARK-STALE: achieved benchmarks and recent reviews are fine; staleAfterDays is honoured', () => {
    const node = out('o', {
      benchmarks: [
        bm('b1', { lastReviewed: '2025-01-01', status: 'achieved' }),
        bm('b2', { lastReviewed: '2026-05-01' }),
      ],
    });
    expect(run(board([node]), now)).toEqual([]);
    expect(run(board([node]), now, 30)).toHaveLength(1);
  });

  it('BENCHMARK-STALE: never reviewed counts only once the work has started', () => {
    const planned = out('p', { benchmarks: [bm('b')] });
    const started = out('s', { status: 'in-progress', benchmarks: [bm('b')] });
    const done = out('d', { status: 'done', benchmarks: [bm('b')] });
    const f = run(board([planned, started, done]), new Date('2026-06-30T12:00:00Z'));
    expect(f.map((x) => x.nodeIds[0])).toEqual(['d', 's']);
    expect(f[0]?.message).toContain('never reviewed');
    expect(f[0]?.code).toBe('finding.BENCHMARK-STALE.never');
    expect(f[0]?.params).toHaveProperty('never');
  });

  it('BENCHMARK-STALE: skipped without now, or with an unparseable now', () => {
    const node = out('o', {
      status: 'done',
      benchmarks: [bm('b1', { lastReviewed: '2000-01-01' })],
    });
    expect(run(board([node]))).toEqual([]);
    expect(run(board([node]), 'not a date')).toEqual([]);
    expect(run(board([node]), now)).toHaveLength(1);
  });

  it('BENCHMARK-STALE: full ISO timestamps with offsets are understood', () => {
    const node = out('o', {
      benchmarks: [bm('b1', { lastReviewed: '2026-03-01T23:00:00-05:00' })],
    });
    expect(run(board([node]), '2026-05-30T04:00:00Z')).toHaveLength(0); // 89.x days
    expect(run(board([node]), '2026-06-02T04:00:00Z')).toHaveLength(1);
  });
});
