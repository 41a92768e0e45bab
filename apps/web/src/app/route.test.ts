import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute } from './route';

describe('parseRoute', () => {
  it('maps paths to pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/b/abc-_9')).toEqual({ name: 'board', boardId: 'abc-_9' });
    expect(parseRoute('/b/abc/')).toEqual({ name: 'board', boardId: 'abc' });
    expect(parseRoute('/b/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/b/a/b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'not-found' });
  });
  it('builds board paths that parse back', () => {
    expect(parseRoute(boardPath('xyz'))).toEqual({ name: 'board', boardId: 'xyz' });
  });
});
