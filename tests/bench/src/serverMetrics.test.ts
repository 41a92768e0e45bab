import { describe, expect, it } from 'vitest';
import {
  histogramDelta,
  histogramQuantile,
  parseHistogram,
  parseLabelledCounter,
} from './serverMetrics';

const page = (counts: number[]) =>
  [
    '# HELP isf_x_seconds test',
    '# TYPE isf_x_seconds histogram',
    `isf_x_seconds_bucket{le="0.001"} ${counts[0]}`,
    `isf_x_seconds_bucket{le="0.002"} ${counts[1]}`,
    `isf_x_seconds_bucket{le="+Inf"} ${counts[2]}`,
    'isf_x_seconds_sum 0.1',
    `isf_x_seconds_count ${counts[2]}`,
    'isf_other_total 3',
  ].join('\n');

describe('server metrics', () => {
  it('parses a histogram and ignores other metrics', () => {
    expect(parseHistogram(page([1, 3, 4]), 'isf_x_seconds')).toEqual({
      count: 4,
      buckets: [
        { le: 0.001, count: 1 },
        { le: 0.002, count: 3 },
        { le: Infinity, count: 4 },
      ],
    });
    expect(parseHistogram(page([1, 3, 4]), 'isf_missing')).toBeNull();
  });

  it('interpolates quantiles inside the bucket (as histogram_quantile does)', () => {
    const h = parseHistogram(page([50, 100, 100]), 'isf_x_seconds')!;
    expect(histogramQuantile(h, 50)).toBeCloseTo(0.001);
    expect(histogramQuantile(h, 75)).toBeCloseTo(0.0015);
    expect(histogramQuantile({ buckets: [], count: 0 }, 50)).toBeNaN();
  });

  it('subtracts an earlier scrape, so one run is read on its own', () => {
    const before = parseHistogram(page([10, 10, 10]), 'isf_x_seconds');
    const after = parseHistogram(page([10, 30, 30]), 'isf_x_seconds')!;
    const run = histogramDelta(after, before);
    expect(run.count).toBe(20);
    expect(histogramQuantile(run, 50)).toBeCloseTo(0.0015);
  });

  it('reads one labelled series of a counter; a series not exported yet counts 0', () => {
    const text = [
      '# TYPE isf_sqlite_commits_total counter',
      'isf_sqlite_commits_total{where="loop"} 120',
      'isf_sqlite_commits_total{where="thread"} 3',
    ].join('\n');
    expect(parseLabelledCounter(text, 'isf_sqlite_commits_total', 'where', 'loop')).toBe(120);
    expect(parseLabelledCounter(text, 'isf_sqlite_commits_total', 'where', 'thread')).toBe(3);
    expect(parseLabelledCounter('', 'isf_sqlite_commits_total', 'where', 'loop')).toBe(0);
  });
});
