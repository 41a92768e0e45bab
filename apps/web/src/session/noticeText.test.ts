import { describe, expect, it } from 'vitest';
import { parseNotice } from './noticeText';

describe('parseNotice', () => {
  it('returns the code and the message', () => {
    expect(parseNotice(JSON.stringify({ code: 'read-only', message: 'x' }))).toEqual({
      code: 'read-only',
      message: 'x',
    });
    expect(parseNotice(JSON.stringify({ code: 'other' }))).toEqual({ code: 'other', message: '' });
  });
  it('keeps a payload that is not JSON as the message', () => {
    expect(parseNotice('plain')).toEqual({ code: null, message: 'plain' });
  });
});
