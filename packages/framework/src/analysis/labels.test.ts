import { describe, expect, it } from 'vitest';
import { label } from './labels';
import { act } from './testBoard';

describe('labels', () => {
  it('quotes the title, falls back to the id, and cuts long titles', () => {
    expect(label(act('a', { title: '  Hold  elections ' }))).toBe('"Hold elections"');
    expect(label(act('a', { title: '' }))).toBe('"a"');
    expect(label(undefined, 'x')).toBe('"x"');
    const long = label(act('a', { title: 'x'.repeat(200) }));
    expect(long).toHaveLength(82);
    expect(long.endsWith('…"')).toBe(true);
  });
});
