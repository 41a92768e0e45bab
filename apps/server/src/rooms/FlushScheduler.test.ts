import { describe, expect, it } from 'vitest';
import { FlushScheduler } from './FlushScheduler';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('FlushScheduler', () => {
  it('runs the flushes of one turn in a single task, in order; later ones wait for the next', async () => {
    const flushes = new FlushScheduler();
    const seen: string[] = [];
    flushes.schedule(() => {
      seen.push('a');
      // Runs only after the task: after b and c if they share it (separate callbacks: before b).
      queueMicrotask(() => seen.push('microtask'));
    });
    flushes.schedule(() => seen.push('b'));
    flushes.schedule(() => {
      seen.push('c');
      flushes.schedule(() => seen.push('d'));
    });
    expect(seen).toEqual([]);
    await nextTurn();
    await nextTurn();
    expect(seen).toEqual(['a', 'b', 'c', 'microtask', 'd']);
  });
});
