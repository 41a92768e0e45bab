import { describe, expect, it } from 'vitest';
import { mergeRounds } from './rounds';
import type { Row } from './scenarios/types';

const msRow: Row = { id: 'S1-p99-50', scenario: 'S1', label: 'p99', kind: 'ms' };
const mibRow: Row = { id: 'S3-rss', scenario: 'S3', label: 'RSS', kind: 'mib' };

describe('mergeRounds', () => {
  it('takes the median over every round’s repeats and keeps notes per round', () => {
    const merged = mergeRounds(msRow, [
      { value: 9, repeats: [8, 9, 30], note: 'noisy' },
      { value: 5, repeats: [5, 6, 4] },
    ]);
    expect(merged.repeats).toEqual([8, 9, 30, 5, 6, 4]);
    expect(merged.value).toBe(7);
    expect(merged.note).toBe('round 1: noisy');
  });

  it('keeps the largest peak for memory rows, and a single round unchanged', () => {
    expect(mergeRounds(mibRow, [{ value: 240, repeats: [230, 240] }, { value: 250 }]).value).toBe(
      250,
    );
    const one = { value: 3, repeats: [3], note: 'x' };
    expect(mergeRounds(msRow, [one])).toBe(one);
  });

  it('ignores rounds that measured nothing (NaN)', () => {
    expect(mergeRounds(msRow, [{ value: Number.NaN, text: 'error' }, { value: 4 }]).value).toBe(4);
  });
});
