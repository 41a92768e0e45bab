import type { WebsocketProvider } from 'y-websocket';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * The stock provider re-sends every awareness change it sees, including other clients' states it
 * just received: with 60 people that is every cursor move echoed 59 times, and a relay that only
 * accepts a connection's own client id refuses it. This makes the provider send only this
 * client's own state. Returns a function that undoes it (call before `provider.destroy()`).
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): () => void {
  const { awareness } = provider;
  const own = awareness.clientID;
  const original = provider._awarenessUpdateHandler;
  const filtered = (changes: AwarenessChanges, origin: unknown): void => {
    const pick = (ids: number[]): number[] => ids.filter((id) => id === own);
    const mine = {
      added: pick(changes.added),
      updated: pick(changes.updated),
      removed: pick(changes.removed),
    };
    if (mine.added.length + mine.updated.length + mine.removed.length === 0) return;
    original(mine, origin);
  };
  awareness.off('update', original);
  awareness.on('update', filtered);
  return () => {
    awareness.off('update', filtered);
    awareness.on('update', original); // provider.destroy() removes it again
  };
}
