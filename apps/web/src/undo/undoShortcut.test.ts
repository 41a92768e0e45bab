import { describe, expect, it } from 'vitest';
import { isTextEditingTarget, undoActionFor } from './undoShortcut';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undo shortcuts', () => {
  it('maps Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y', () => {
    expect(undoActionFor(key('z', { ctrl: true }))).toBe('undo');
    expect(undoActionFor(key('z', { meta: true }))).toBe('undo');
    expect(undoActionFor(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoActionFor(key('z', { meta: true, shift: true }))).toBe('redo');
    expect(undoActionFor(key('y', { ctrl: true }))).toBe('redo');
    expect(undoActionFor(key('z'))).toBeNull();
    expect(undoActionFor(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoActionFor(key('x', { ctrl: true }))).toBeNull();
  });

  it('leaves text fields to their own undo', () => {
    const input = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTextEditingTarget(input)).toBe(true);
    expect(isTextEditingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTextEditingTarget(checkbox)).toBe(false);
    expect(isTextEditingTarget(document.createElement('div'))).toBe(false);
    expect(isTextEditingTarget(null)).toBe(false);
  });
});
