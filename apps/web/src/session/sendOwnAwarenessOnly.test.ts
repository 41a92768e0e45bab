import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

describe('sendOwnAwarenessOnly', () => {
  it('forwards changes of this client only, never others’ states', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const provider = new WebsocketProvider('ws://localhost:1', 'room', doc, {
      connect: false,
      awareness,
      disableBc: true,
    });
    awareness.off('update', provider._awarenessUpdateHandler);
    const sent = vi.fn();
    provider._awarenessUpdateHandler = sent;
    awareness.on('update', sent);
    const restore = sendOwnAwarenessOnly(provider);

    const other = new Awareness(new Y.Doc());
    other.setLocalState({ name: 'other' });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), provider);
    expect(sent).not.toHaveBeenCalled();

    awareness.setLocalState({ name: 'me' });
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]?.[0]).toEqual({ added: [], updated: [doc.clientID], removed: [] });

    restore();
    provider.destroy();
  });
});
