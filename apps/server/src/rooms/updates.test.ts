import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findPoisonedUpdate } from '../../test/support/poison';
import { validateUpdate } from './updates';

/** An update made by `edit` (as client `clientId`) on a doc holding `base`. */
function updateOf(edit: (doc: Y.Doc) => void, base?: Uint8Array, clientId = 7): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  if (base) Y.applyUpdate(doc, base);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('validateUpdate', () => {
  it('accepts an edit', () => {
    expect(validateUpdate(updateOf((d) => d.getMap('m').set('k', 1)))).toBe('ok');
  });

  it('accepts an edit whose dependencies are missing (it waits as pending)', () => {
    const base = updateOf((d) => d.getText('t').insert(0, 'ab'));
    const after = updateOf((d) => d.getText('t').insert(1, 'x'), base, 8);
    expect(validateUpdate(after)).toBe('ok');
  });

  it('accepts a deletion of items the empty scratch doc does not have', () => {
    const base = updateOf((d) => d.getText('t').insert(0, 'ab'));
    const deletion = updateOf((d) => d.getText('t').delete(0, 1), base, 8);
    expect(validateUpdate(deletion)).toBe('ok');
  });

  it('calls an update with neither structs nor deletions empty', () => {
    expect(validateUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe('empty');
  });

  it('calls bytes that are no Yjs update invalid', () => {
    expect(validateUpdate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).toBe('invalid');
    const good = updateOf((d) => d.getMap('m').set('k', 'value'));
    expect(validateUpdate(good.subarray(0, good.length - 3))).toBe('invalid');
  });

  it('calls an update that decodes but makes Yjs throw unapplicable', () => {
    const poison = findPoisonedUpdate();
    expect(() => Y.decodeUpdate(poison.update)).not.toThrow();
    expect(validateUpdate(poison.update)).toBe('unapplicable');
  });
});
