import { describe, expect, it } from 'vitest';
import { noticeText } from './noticeText';

describe('noticeText', () => {
  it('explains known codes and falls back to the message', () => {
    expect(noticeText(JSON.stringify({ code: 'read-only', message: 'x' }))).toMatch(/View only/);
    expect(noticeText(JSON.stringify({ code: 'other', message: 'Hello' }))).toBe('Hello');
    expect(noticeText(JSON.stringify({ code: 'other' }))).toBe('other');
    expect(noticeText('plain')).toBe('plain');
  });
});
