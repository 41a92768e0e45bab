import { beforeEach, describe, expect, it } from 'vitest';
import {
  colorForUser,
  contrastWithWhite,
  getUserId,
  hslToHex,
  loadEntity,
  loadIdentity,
  saveDisplayName,
  saveEntity,
} from './identity';

beforeEach(() => window.localStorage.clear());

describe('identity', () => {
  it('creates one user id per browser and keeps it when the name is set', () => {
    const id = getUserId();
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(getUserId()).toBe(id);
    expect(saveDisplayName('  Amina  ')).toEqual({ id, name: 'Amina' });
    expect(loadIdentity()).toEqual({ id, name: 'Amina' });
  });

  it('remembers the entity per board, telling "none" from "not asked"', () => {
    expect(loadEntity('b1')).toBeUndefined();
    saveEntity('b1', null);
    expect(loadEntity('b1')).toBeNull();
    saveEntity('b2', 'unmiss-police');
    expect(loadEntity('b2')).toBe('unmiss-police');
  });

  it('derives a stable hex colour from the user id', () => {
    expect(colorForUser('abc')).toBe(colorForUser('abc'));
    expect(colorForUser('abc')).toMatch(/^#[0-9a-f]{6}$/);
    expect(hslToHex(0, 1, 0.5)).toBe('#ff0000');
    for (let i = 0; i < 500; i++) {
      expect(contrastWithWhite(colorForUser(`user-${i}`))).toBeGreaterThanOrEqual(4.5);
    }
    expect(hslToHex(120, 1, 0.25)).toBe('#008000');
  });
});
