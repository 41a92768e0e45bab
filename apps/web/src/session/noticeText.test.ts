import { describe, expect, it } from 'vitest';
import { noticeText, parseNotice } from './noticeText';

describe('noticeText', () => {
  it('explains known codes and falls back to the message', () => {
    expect(noticeText(JSON.stringify({ code: 'read-only', message: 'x' }))).toMatch(/View only/);
    expect(noticeText(JSON.stringify({ code: 'other', message: 'Hello' }))).toBe('Hello');
    expect(noticeText(JSON.stringify({ code: 'other' }))).toBe('other');
    expect(noticeText('plain')).toBe('plain');
  });
});

describe('parseNotice', () => {
  it('returns the code with the text', () => {
    expect(parseNotice(JSON.stringify({ code: 'read-only', message: 'x' })).code).toBe('read-only');
    expect(parseNotice('plain')).toEqual({ code: null, text: 'plain' });
  });
});
