import { beforeEach, describe, expect, it } from 'vitest';
import {
  adoptTokenFromLocation,
  forgetBoard,
  getBoardToken,
  getStoredBoard,
  listStoredBoards,
  parseBoardLink,
  saveBoardInfo,
  saveBoardToken,
  tokenFromHash,
} from './tokenStore';

beforeEach(() => {
  window.localStorage.clear();
});

describe('tokenStore', () => {
  it('remembers tokens per board and lists them', () => {
    saveBoardToken('b1', 't1', 'First');
    saveBoardToken('b2', 't2');
    expect(getBoardToken('b1')).toBe('t1');
    expect(
      listStoredBoards()
        .map((b) => b.boardId)
        .sort(),
    ).toEqual(['b1', 'b2']);
    forgetBoard('b1');
    expect(getBoardToken('b1')).toBeNull();
  });

  it('keeps title and role, and forgets the role when the token changes', () => {
    saveBoardToken('b1', 't1', 'First');
    saveBoardInfo('b1', { role: 'viewer' });
    expect(getStoredBoard('b1')).toMatchObject({ title: 'First', role: 'viewer' });
    saveBoardToken('b1', 't2');
    expect(getStoredBoard('b1')).toMatchObject({ token: 't2', title: 'First', role: null });
  });

  it('survives corrupt storage', () => {
    window.localStorage.setItem('isf:boards', '{not json');
    expect(listStoredBoards()).toEqual([]);
    window.localStorage.setItem('isf:boards', JSON.stringify({ b1: { token: 5 } }));
    expect(getBoardToken('b1')).toBeNull();
  });

  it('reads the token from a URL fragment', () => {
    expect(tokenFromHash('#token=abc-_1')).toBe('abc-_1');
    expect(tokenFromHash('#other=1')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('moves #token from the address bar into storage', () => {
    window.history.replaceState(null, '', '/b/board1#token=secret');
    expect(adoptTokenFromLocation('board1')).toBe('secret');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/b/board1');
    expect(getBoardToken('board1')).toBe('secret');
  });

  it('parses pasted share links', () => {
    expect(parseBoardLink(' https://isf.example.org/b/abc_123#token=tok ')).toEqual({
      boardId: 'abc_123',
      token: 'tok',
    });
    expect(parseBoardLink('https://isf.example.org/b/abc')).toBeNull();
    expect(parseBoardLink('not a url')).toBeNull();
    expect(parseBoardLink('https://isf.example.org/x/abc#token=t')).toBeNull();
  });
});
