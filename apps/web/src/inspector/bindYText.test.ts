import { afterEach, describe, expect, it } from 'vitest';
import { makeTestStore, syncStores } from '../canvas/testSupport';
import { bindYText } from './bindYText';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup() {
  const local = makeTestStore('l');
  const remote = makeTestStore('r');
  const id = (
    local.run({ type: 'node.add', node: { kind: 'objective', title: 'Protect civilians' } }) as {
      ids: string[];
    }
  ).ids[0] as string;
  syncStores(local, remote);
  const input = document.createElement('input');
  document.body.append(input);
  const text = local.text(id, 'title');
  if (!text) throw new Error('no title text');
  const unbind = bindYText(input, text, (edit) =>
    local.run({
      type: 'text.edit',
      nodeId: id,
      field: 'title',
      index: edit.index,
      deleteCount: edit.remove,
      insert: edit.insert,
    }),
  );
  return { local, remote, id, input, unbind };
}

/** Simulates typing: the browser changes the value and caret, then fires `input`. */
function typeInto(input: HTMLInputElement, value: string, caret: number): void {
  input.value = value;
  input.setSelectionRange(caret, caret);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('bindYText', () => {
  it('writes keystrokes as character edits and shows remote typing without moving the caret', () => {
    const { local, remote, id, input, unbind } = setup();
    expect(input.value).toBe('Protect civilians');
    input.focus();
    typeInto(input, 'Protect all civilians', 12);
    expect(local.getNode(id)?.title).toBe('Protect all civilians');

    // A colleague types at the start; the local caret (after "all ") must stay after "all ".
    syncStores(local, remote);
    remote.run({
      type: 'text.edit',
      nodeId: id,
      field: 'title',
      index: 0,
      deleteCount: 0,
      insert: 'We ',
    });
    syncStores(local, remote);
    expect(input.value).toBe('We Protect all civilians');
    expect(input.selectionStart).toBe(15);
    expect(input.value.slice(0, input.selectionStart ?? 0)).toBe('We Protect all ');
    unbind();
  });

  it('restores the field when the command is refused', () => {
    const { local, id, input, unbind } = setup();
    input.focus();
    typeInto(input, 'x'.repeat(600), 600); // longer than the 500-character limit
    expect(local.getNode(id)?.title).toBe('Protect civilians');
    expect(input.value).toBe('Protect civilians');
    unbind();
  });
});
