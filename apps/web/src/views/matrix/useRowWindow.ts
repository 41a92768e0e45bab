import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { rowOffsets, visibleRange, windowSlots } from './rowWindow';
import type { RowRange, WindowSlot } from './rowWindow';

/** Options of {@link useRowWindow}. */
export interface RowWindowOptions {
  /** A stable key per row, in order (measured heights are kept by key). */
  keys: readonly string[];
  /**
   * The scrolling element around the table. It must be rendered by the component that calls the
   * hook (or below it), so that it is attached when the hook's layout effects run.
   */
  scrollRef: RefObject<HTMLElement | null>;
  /** False: every row is rendered (e.g. printing). */
  enabled: boolean;
  /**
   * The parent of the rendered items (the table body for rows, the header row for columns); the
   * items carry `data-window-key`.
   */
  bodyRef: RefObject<HTMLElement | null>;
  /** Rows down the page (`'y'`, the default) or columns across (`'x'`: sizes are widths). */
  axis?: 'x' | 'y';
  /** Children of `bodyRef` before the first slot (e.g. the header cells of the fixed columns). */
  leading?: number;
  /** Rows always rendered, in view or not (the row holding the tab stop). */
  pinned?: readonly number[];
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  /** Height of a row not measured yet, until some row is (then their average). */
  estimate?: number;
}

/** The view size assumed before layout (first render, or a DOM without layout). */
const FALLBACK_SIZE = 1000;

/** Row offsets from the measured heights; rows not measured count as the average (or `estimate`). */
function offsetsOf(
  keys: readonly string[],
  sizes: ReadonlyMap<string, number>,
  estimate: number,
): number[] {
  let total = 0;
  for (const size of sizes.values()) total += size;
  const average = sizes.size > 0 ? total / sizes.size : estimate;
  return rowOffsets(keys.map((k) => sizes.get(k) ?? average));
}

/**
 * Renders only the rows of a long table body that are in view (plus `overscan` and `pinned`
 * rows): returns the rows and gaps to render. Row heights are measured after each render and kept
 * by key, so rows may wrap; rows not measured yet count as the average height. With `axis: 'x'`
 * the same for columns (widths measured on the header cells).
 */
export function useRowWindow({
  keys,
  scrollRef,
  enabled,
  bodyRef,
  axis = 'y',
  leading = 0,
  pinned,
  overscan = 6,
  estimate = 32,
}: RowWindowOptions): WindowSlot[] {
  const sizes = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const offsets = useMemo(() => {
    void measured; // recomputed when measured heights changed
    return offsetsOf(keys, sizes.current, estimate);
  }, [keys, measured, estimate]);
  const offsetsRef = useRef(offsets);
  // Empty until the first layout effect has read the view (before the first paint): rows
  // rendered for a guessed view would be laid out once for nothing.
  const [range, setRange] = useState<RowRange>({ start: 0, end: 0 });

  /** Reads the scroll position and size of the scroller and updates the range when it moved. */
  const update = useCallback(() => {
    const scroller = scrollRef.current;
    const first = bodyRef.current?.children[leading];
    if (!enabled || !scroller || !first) return;
    // Where the first item starts, in the scroller's content coordinates.
    const box = first.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const y = axis === 'y';
    const scrolled = y ? scroller.scrollTop : scroller.scrollLeft;
    const start = y
      ? box.top - view.top - scroller.clientTop + scrolled
      : box.left - view.left - scroller.clientLeft + scrolled;
    const size = (y ? scroller.clientHeight : scroller.clientWidth) || FALLBACK_SIZE;
    const next = visibleRange(offsetsRef.current, scrolled - start, size, overscan);
    // A range that only shrank by less than the overscan keeps its rows (no render, no layout).
    setRange((prev) =>
      next.start >= prev.start &&
      next.end <= prev.end &&
      next.start - prev.start <= overscan &&
      prev.end - next.end <= overscan
        ? prev
        : next,
    );
  }, [enabled, scrollRef, bodyRef, leading, axis, overscan]);

  // After each change of the rows rendered: measure them, then check the range against the new heights.
  useLayoutEffect(() => {
    offsetsRef.current = offsets;
    const body = bodyRef.current;
    if (!enabled || !body) return;
    let changed = false;
    for (const item of body.querySelectorAll<HTMLElement>(':scope > [data-window-key]')) {
      const key = item.dataset.windowKey ?? '';
      const box = item.getBoundingClientRect();
      const size = axis === 'y' ? box.height : box.width;
      if (size > 0 && Math.abs((sizes.current.get(key) ?? -1) - size) > 0.5) {
        sizes.current.set(key, size);
        changed = true;
      }
    }
    if (changed) {
      // One more render for the new heights and the range they give.
      offsetsRef.current = offsetsOf(keys, sizes.current, estimate);
      setMeasured((m) => m + 1);
    }
    update();
  }, [keys, estimate, offsets, range, pinned, enabled, bodyRef, axis, update]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!enabled || !scroller) return;
    let frame = 0;
    const schedule = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
      }
    };
    scroller.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      observer?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [enabled, scrollRef, update]);

  return useMemo(
    () => windowSlots(offsets, enabled ? range : { start: 0, end: keys.length }, pinned),
    [offsets, enabled, range, keys.length, pinned],
  );
}
