/**
 * Windowing math for long tables (pure): which rows (or columns) of a scrolled list to render, the
 * gaps that stand in for the others, and how far to scroll to bring a cell out from under sticky
 * headers. Written for rows (top, height); the same math serves columns (left, width).
 */

/** Prefix sums of row heights: `offsets[i]` is the top of row i, `offsets[n]` the total height. */
export function rowOffsets(sizes: readonly number[]): number[] {
  const offsets = new Array<number>(sizes.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < sizes.length; i++) offsets[i + 1] = offsets[i]! + sizes[i]!;
  return offsets;
}

/** A half-open range of row indices `[start, end)`. */
export interface RowRange {
  start: number;
  end: number;
}

/** The first row whose bottom is below `y` (rows.length when none is). */
function rowAt(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1; // number of rows
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The rows that intersect `[top, top + height)` (coordinates from the top of the first row), plus
 * `overscan` rows on each side, clamped to the list.
 */
export function visibleRange(
  offsets: readonly number[],
  top: number,
  height: number,
  overscan: number,
): RowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.max(0, top + Math.max(0, height) - 1));
  return {
    start: Math.max(0, Math.min(first, count - 1) - overscan),
    end: Math.min(count, last + 1 + overscan),
  };
}

/** What to render: a row by its index, or an empty gap of some size (height, or width). */
export type WindowSlot =
  { type: 'row'; index: number } | { type: 'gap'; key: string; size: number };

/**
 * The slots for `range` plus the `pinned` rows outside it (e.g. the row holding the tab stop, so
 * the table stays one tab stop even when that row is scrolled away), with gaps standing in for
 * the rows not rendered. Gap keys are stable by position (before / between / after).
 */
export function windowSlots(
  offsets: readonly number[],
  range: RowRange,
  pinned: readonly number[] = [],
): WindowSlot[] {
  const count = offsets.length - 1;
  const rendered = new Set<number>();
  for (let i = Math.max(0, range.start); i < Math.min(count, range.end); i++) rendered.add(i);
  for (const p of pinned) if (p >= 0 && p < count) rendered.add(p);
  const indices = [...rendered].sort((a, b) => a - b);
  const slots: WindowSlot[] = [];
  let next = 0; // the first row not yet accounted for
  let gaps = 0;
  for (const index of indices) {
    if (index > next) {
      const key = next === 0 ? 'before' : `between${gaps++}`;
      slots.push({ type: 'gap', key, size: offsets[index]! - offsets[next]! });
    }
    slots.push({ type: 'row', index });
    next = index + 1;
  }
  if (next < count)
    slots.push({ type: 'gap', key: 'after', size: offsets[count]! - offsets[next]! });
  return slots;
}

/** A rectangle in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far to scroll (`dx`, `dy`, in pixels) so that `target` is fully inside `view` minus the
 * sticky `insets` (the header row on top, the item column on the left); the least movement, and
 * the target's top/left edge wins when it is larger than the free area.
 */
export function revealDelta(
  target: Box,
  view: Box,
  insets: { top: number; left: number },
): { dx: number; dy: number } {
  const axis = (start: number, end: number, areaStart: number, areaEnd: number): number => {
    if (start < areaStart) return start - areaStart;
    if (end > areaEnd) return Math.min(end - areaEnd, start - areaStart);
    return 0;
  };
  return {
    dx: axis(target.left, target.right, view.left + insets.left, view.right),
    dy: axis(target.top, target.bottom, view.top + insets.top, view.bottom),
  };
}
