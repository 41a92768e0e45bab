import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { parsePresence } from '@isf/crdt';
import { createPresencePublisher } from './createPresencePublisher';

const self = { id: 'u1', name: 'Amina', color: '#123456', role: 'editor' as const, entity: null };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPresencePublisher', () => {
  it('publishes a state that passes the crdt presence schema', () => {
    const awareness = new Awareness(new Y.Doc());
    createPresencePublisher(awareness, self);
    expect(parsePresence(awareness.getLocalState())).not.toBeNull();
  });

  it('throttles cursor updates to 10 per second, ending with the latest', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresencePublisher(awareness, self);
    let updates = 0;
    awareness.on('change', () => updates++);
    for (let i = 0; i < 50; i++) {
      presence.setCursor({ x: i, y: i });
      vi.advanceTimersByTime(10); // 100 Hz input for 0.5 s
    }
    vi.advanceTimersByTime(200);
    expect(updates).toBeLessThanOrEqual(7);
    expect(awareness.getLocalState()?.cursor).toEqual({ x: 49, y: 49 });
  });

  it('ends a drag at once and drops a pending live position', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresencePublisher(awareness, self);
    presence.setDragging({ n1: { x: 1, y: 1 } });
    presence.setDragging({ n1: { x: 2, y: 2 } }); // pending (throttled)
    presence.setDragging(null);
    vi.advanceTimersByTime(500);
    expect(awareness.getLocalState()?.dragging).toBeNull();
  });

  it('updates identity and clears the state on destroy', () => {
    const awareness = new Awareness(new Y.Doc());
    const presence = createPresencePublisher(awareness, self);
    presence.setUser({ ...self, name: 'Amina K.', entity: 'unmas' });
    expect(awareness.getLocalState()?.user).toMatchObject({ name: 'Amina K.', entity: 'unmas' });
    presence.destroy();
    expect(awareness.getLocalState()).toBeNull();
  });
});
