import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findPoisonedUpdate } from '../../test/support/poison';
import { applyToScratch, validateUpdate } from './updates';

/** The update `edit` makes on `doc`. */
function updateAfter(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Later edits of one client (none of their structs at clock 0): text, map, array, nested. */
function laterEdits(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = 11;
  doc.getText('t').insert(0, 'hello world');
  doc.getMap('m').set('a', 1);
  doc.getArray('a').push([1, 2, 3]);
  const edits: ((d: Y.Doc) => void)[] = [
    (d) => d.getText('t').insert(5, ','),
    (d) => d.getText('t').delete(0, 3),
    (d) => d.getMap('m').set('a', { nested: [1, 'x'] }),
    (d) => d.getMap('m').set('sub', new Y.Map([['k', 'v']])),
    (d) => d.getArray('a').delete(1, 1),
    (d) => d.getArray('a').insert(0, [new Y.Text('t2')]),
    (d) => d.getMap('m').delete('a'),
  ];
  return edits.map((edit) => updateAfter(doc, edit));
}

/** An update made by `edit` (as client `clientId`) on a doc holding `base`. */
function updateOf(edit: (doc: Y.Doc) => void, base?: Uint8Array, clientId = 7): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  if (base) Y.applyUpdate(doc, base);
  return updateAfter(doc, edit);
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

  it('agrees with the full check on later edits, which need no scratch doc', () => {
    for (const update of laterEdits()) {
      expect(Y.decodeUpdate(update).structs.every((s) => s.id.clock > 0)).toBe(true);
      expect(validateUpdate(update)).toBe(applyToScratch(update));
    }
  });

  it('agrees with the full check on every one-byte mutation of later edits that still decodes', () => {
    // The shortcut is sound only if an update with no struct at clock 0 can never make an empty
    // doc throw: mutated bytes are the way to find one that could.
    let compared = 0;
    for (const update of laterEdits()) {
      for (let at = 0; at < update.length; at++) {
        for (let value = 0; value < 256; value += 3) {
          const mutant = update.slice();
          mutant[at] = value;
          let decodes = true;
          try {
            Y.decodeUpdate(mutant);
          } catch {
            decodes = false;
          }
          if (!decodes) {
            expect(validateUpdate(mutant)).toBe('invalid');
            continue;
          }
          expect(validateUpdate(mutant)).toBe(applyToScratch(mutant));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
