import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { makeTestStore, syncStores } from '../canvas/testSupport';
import { applyTextEdit, diffText, transformIndex, type DeltaOp } from './textDiff';

describe('diffText', () => {
  it('finds a minimal insert, delete and replace', () => {
    expect(diffText('hello', 'hello')).toBeNull();
    expect(diffText('helo', 'hello')).toEqual({ index: 3, remove: 0, insert: 'l' });
    expect(diffText('hello world', 'hello')).toEqual({ index: 5, remove: 6, insert: '' });
    expect(diffText('the cat sat', 'the dog sat')).toEqual({ index: 4, remove: 3, insert: 'dog' });
    expect(diffText('', 'abc')).toEqual({ index: 0, remove: 0, insert: 'abc' });
  });

  it('uses the caret to place an edit among repeated characters', () => {
    // Typing "a" after the first "a" of "aa": the caret (2) says where.
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    // Without the caret, the common prefix wins.
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    // Backspace of the first "b" in "abba" (caret at 1).
    expect(diffText('abba', 'aba', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    const edit = diffText('a😀', 'a😃');
    expect(edit).not.toBeNull();
    expect(applyTextEdit('a😀', edit!)).toBe('a😃');
    expect(edit!.index).toBe(1);
  });

  it('round-trips random edits', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = 'ab c';
    for (let i = 0; i < 500; i++) {
      const len = rand(8);
      let a = '';
      for (let j = 0; j < len; j++) a += alphabet[rand(alphabet.length)];
      const at = rand(a.length + 1);
      const del = rand(a.length - at + 1);
      const ins = alphabet.slice(0, rand(3));
      const b = a.slice(0, at) + ins + a.slice(at + del);
      const edit = diffText(a, b, at + ins.length);
      if (a === b) expect(edit).toBeNull();
      else {
        expect(applyTextEdit(a, edit!)).toBe(b);
        expect(edit!.remove + edit!.insert.length).toBeLessThanOrEqual(del + ins.length);
      }
    }
  });
});

describe('transformIndex', () => {
  it('shifts the caret by remote inserts and deletes before it', () => {
    const text = new Y.Text();
    const doc = new Y.Doc();
    doc.getMap('m').set('t', text);
    text.insert(0, 'hello world');
    let delta: DeltaOp[] = [];
    text.observe((e) => {
      delta = e.delta as DeltaOp[];
    });
    text.insert(0, '>> '); // before the caret
    expect(transformIndex(6, delta)).toBe(9);
    text.insert(14, '!'); // after the caret (caret now 9)
    expect(transformIndex(9, delta)).toBe(9);
    text.delete(0, 3); // before the caret
    expect(transformIndex(9, delta)).toBe(6);
    text.delete(4, 4); // a range containing the caret (6): caret moves to the start
    expect(transformIndex(6, delta)).toBe(4);
  });
});

describe('concurrent typing through text.edit', () => {
  it('merges two people typing in the same title on two replicas', () => {
    const a = makeTestStore('a');
    const b = makeTestStore('b');
    const id = (
      a.run({ type: 'node.add', node: { kind: 'output', title: 'Elections' } }) as { ids: string[] }
    ).ids[0] as string;
    syncStores(a, b);
    const type = (store: typeof a, before: string, after: string, caret: number): void => {
      const edit = diffText(before, after, caret);
      if (!edit) return;
      const r = store.run({
        type: 'text.edit',
        nodeId: id,
        field: 'title',
        index: edit.index,
        deleteCount: edit.remove,
        insert: edit.insert,
      });
      expect(r.ok).toBe(true);
    };
    // Offline from each other: A prefixes, B appends.
    type(a, 'Elections', 'Free elections', 5);
    type(b, 'Elections', 'Elections held', 14);
    syncStores(a, b);
    expect(a.getNode(id)?.title).toBe('Free elections held');
    expect(b.getNode(id)?.title).toBe('Free elections held');
  });
});
