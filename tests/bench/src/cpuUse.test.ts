import { describe, expect, it } from 'vitest';
import { coreBusyShares, parseCoreTicks, parseProcessCpuMs, processCpuMs } from './cpuUse';

describe('parseProcessCpuMs', () => {
  it('adds utime and stime (fields 14 and 15), even when the command name has spaces', () => {
    const stat =
      '4242 (node worker) S 1 4242 4242 0 -1 4194560 9000 0 0 0 250 50 0 0 20 0 11 0 123 456 789';
    expect(parseProcessCpuMs(stat, 100)).toBe(3000);
  });

  it('returns null for text that is not a stat line', () => {
    expect(parseProcessCpuMs('garbage', 100)).toBeNull();
  });

  it('reads this process (Linux)', () => {
    const ms = processCpuMs(process.pid);
    if (process.platform === 'linux') expect(ms).toBeGreaterThan(0);
    else expect(ms).toBeNull();
  });
});

describe('parseCoreTicks / coreBusyShares', () => {
  const before = parseCoreTicks(
    'cpu  30 0 10 160 0 0 0 0 0 0\ncpu0 10 0 5 80 0 0 0 0 0 0\ncpu1 20 0 5 80 0 0 0 0 0 0\nintr 1\n',
  );
  const after = parseCoreTicks(
    'cpu  90 0 20 190 0 0 0 0 0 0\ncpu0 60 0 5 80 0 0 0 0 0 0\ncpu1 30 0 15 100 10 0 0 0 0 0\n',
  );

  it('keeps one entry per core, idle and iowait not busy', () => {
    expect(before).toEqual([
      { busy: 15, total: 95 },
      { busy: 25, total: 105 },
    ]);
  });

  it('gives the busy share of each core between two readings', () => {
    if (!before || !after) throw new Error('parse failed');
    expect(coreBusyShares(before, after)).toEqual([1, 0.4]);
  });

  it('returns null without per-core lines', () => {
    expect(parseCoreTicks('intr 1\n')).toBeNull();
  });
});
