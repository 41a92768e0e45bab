import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestSession, makeTestStore } from '../canvas/testSupport';
import type { BoardSession } from '../session/BoardSession';
import { useUndoShortcuts } from './useUndoShortcuts';

afterEach(cleanup);

function Shortcuts({ session }: { session: BoardSession }) {
  useUndoShortcuts(session);
  return <input aria-label="field" />;
}

describe('useUndoShortcuts', () => {
  it('undoes one step per key press even when installed twice, never from a text field', () => {
    const store = makeTestStore();
    const session = makeTestSession(store);
    for (const p of [1, 2, 3]) {
      store.run({ type: 'node.add', node: { kind: 'activity', priority: p } });
      session.undo.stopCapturing();
    }
    const { getAllByLabelText } = render(
      <>
        <Shortcuts session={session} />
        <Shortcuts session={session} />
      </>,
    );
    expect(store.read().nodes).toHaveLength(3);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(store.read().nodes).toHaveLength(2);
    fireEvent.keyDown(getAllByLabelText('field')[0]!, { key: 'z', ctrlKey: true });
    expect(store.read().nodes).toHaveLength(2);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(store.read().nodes).toHaveLength(3);
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(store.read().nodes).toHaveLength(3);
  });
});
