import { act } from 'react';
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetViewports,
  recallViewport,
  rememberViewport,
  useViewportMemory,
} from './useViewportMemory';

afterEach(() => {
  cleanup();
  forgetViewports();
});

describe('useViewportMemory', () => {
  it('fits the view the first time a board is shown', () => {
    const { result } = renderHook(() => useViewportMemory('b1'));
    expect(result.current.fitView).toBe(true);
    expect(result.current.defaultViewport).toBeUndefined();
  });

  it('restores the viewport of the last pan or zoom when the canvas mounts again', () => {
    const first = renderHook(() => useViewportMemory('b1'));
    act(() => first.result.current.onMoveEnd(null, { x: -120, y: 45, zoom: 0.6 }));
    act(() => first.result.current.onMoveEnd(null, { x: -300, y: 80, zoom: 1.4 }));
    first.unmount();

    const again = renderHook(() => useViewportMemory('b1'));
    expect(again.result.current).toMatchObject({
      fitView: false,
      defaultViewport: { x: -300, y: 80, zoom: 1.4 },
    });
    // Another board still fits its view.
    expect(renderHook(() => useViewportMemory('b2')).result.current.fitView).toBe(true);
  });

  it('keeps the props stable while mounted (moves do not re-render the canvas)', () => {
    const { result, rerender } = renderHook(() => useViewportMemory('b1'));
    const before = result.current;
    act(() => result.current.onMoveEnd(null, { x: 1, y: 2, zoom: 1 }));
    rerender();
    expect(result.current).toBe(before);
    expect(result.current.fitView).toBe(true);
  });

  it('ignores a viewport that is not a real one', () => {
    rememberViewport('b1', { x: Number.NaN, y: 0, zoom: 1 });
    rememberViewport('b1', { x: 0, y: 0, zoom: 0 });
    expect(recallViewport('b1')).toBeUndefined();
    rememberViewport('b1', { x: 5, y: 6, zoom: 0.5 });
    expect(recallViewport('b1')).toEqual({ x: 5, y: 6, zoom: 0.5 });
  });
});
