import { describe, expect, it } from 'vitest';
import { previewHandles } from './PreviewNode';

describe('previewHandles', () => {
  it('joins side-by-side cards left/right and stacked cards top/bottom', () => {
    expect(previewHandles({ x: 0, y: 0 }, { x: 300, y: 10 })).toEqual({
      sourceHandle: 's-r',
      targetHandle: 't-l',
    });
    expect(previewHandles({ x: 300, y: 0 }, { x: 0, y: 10 })).toEqual({
      sourceHandle: 's-l',
      targetHandle: 't-r',
    });
    expect(previewHandles({ x: 0, y: 0 }, { x: 20, y: 200 })).toEqual({
      sourceHandle: 's-b',
      targetHandle: 't-t',
    });
    expect(previewHandles({ x: 0, y: 200 }, { x: 20, y: 0 })).toEqual({
      sourceHandle: 's-t',
      targetHandle: 't-b',
    });
  });
});
