import { describe, expect, it } from 'vitest';
import { revealDelta, rowOffsets, visibleRange, windowSlots } from './rowWindow';

describe('rowOffsets', () => {
  it('gives the top of each row and the total height', () => {
    expect(rowOffsets([10, 20, 30])).toEqual([0, 10, 30, 60]);
    expect(rowOffsets([])).toEqual([0]);
  });
});

describe('visibleRange', () => {
  const offsets = rowOffsets(new Array<number>(100).fill(20)); // 100 rows of 20 px

  it('covers the rows in view plus the overscan', () => {
    expect(visibleRange(offsets, 0, 100, 0)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(offsets, 0, 100, 3)).toEqual({ start: 0, end: 8 });
    // Rows 10..14 in view (row 14 ends at 300), partly shown rows included.
    expect(visibleRange(offsets, 200, 100, 2)).toEqual({ start: 8, end: 17 });
    expect(visibleRange(offsets, 205, 100, 0)).toEqual({ start: 10, end: 16 });
  });

  it('is clamped to the list', () => {
    expect(visibleRange(offsets, 1990, 400, 5)).toEqual({ start: 94, end: 100 });
    expect(visibleRange(offsets, 5000, 400, 0)).toEqual({ start: 99, end: 100 });
    expect(visibleRange(offsets, -50, 100, 0)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(rowOffsets([]), 0, 100, 5)).toEqual({ start: 0, end: 0 });
  });

  it('follows rows of different heights', () => {
    const mixed = rowOffsets([30, 60, 20, 20, 100, 20]); // tops 0 30 90 110 130 230
    expect(visibleRange(mixed, 100, 40, 0)).toEqual({ start: 2, end: 5 });
  });
});

describe('windowSlots', () => {
  const offsets = rowOffsets(new Array<number>(10).fill(10));

  it('renders the range with gaps for the rows before and after', () => {
    expect(windowSlots(offsets, { start: 3, end: 5 })).toEqual([
      { type: 'gap', key: 'before', size: 30 },
      { type: 'row', index: 3 },
      { type: 'row', index: 4 },
      { type: 'gap', key: 'after', size: 50 },
    ]);
    expect(windowSlots(offsets, { start: 0, end: 10 })).toHaveLength(10);
  });

  it('also renders pinned rows, with a gap between', () => {
    expect(windowSlots(offsets, { start: 0, end: 2 }, [7])).toEqual([
      { type: 'row', index: 0 },
      { type: 'row', index: 1 },
      { type: 'gap', key: 'between0', size: 50 },
      { type: 'row', index: 7 },
      { type: 'gap', key: 'after', size: 20 },
    ]);
    // A pinned row inside the range or outside the list changes nothing.
    expect(windowSlots(offsets, { start: 0, end: 2 }, [1, 42])).toEqual(
      windowSlots(offsets, { start: 0, end: 2 }),
    );
  });

  it('keeps the total height of the body', () => {
    const mixed = rowOffsets([5, 15, 25, 35, 45]);
    const total = (slots: ReturnType<typeof windowSlots>) =>
      slots.reduce(
        (sum, s) => sum + (s.type === 'gap' ? s.size : mixed[s.index + 1]! - mixed[s.index]!),
        0,
      );
    expect(total(windowSlots(mixed, { start: 1, end: 3 }, [4]))).toBe(125);
    expect(total(windowSlots(mixed, { start: 2, end: 9 }))).toBe(125);
  });
});

describe('revealDelta (keyboard scroll-into-view)', () => {
  const view = { top: 100, bottom: 500, left: 0, right: 800 };
  const insets = { top: 60, left: 300 }; // sticky header row and item column
  const cell = (top: number, left: number) => ({ top, bottom: top + 30, left, right: left + 40 });

  it('does not scroll for a cell already clear of the sticky parts', () => {
    expect(revealDelta(cell(200, 400), view, insets)).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls up and left past the sticky header and item column', () => {
    expect(revealDelta(cell(140, 280), view, insets)).toEqual({ dx: -20, dy: -20 });
  });

  it('scrolls down and right just enough', () => {
    expect(revealDelta(cell(480, 790), view, insets)).toEqual({ dx: 30, dy: 10 });
    expect(revealDelta(cell(5000, 400), view, insets)).toEqual({ dx: 0, dy: 4530 });
  });

  it('shows the top of a target taller than the free area', () => {
    const tall = { top: 300, bottom: 1000, left: 400, right: 440 };
    expect(revealDelta(tall, view, insets).dy).toBe(140);
  });
});
