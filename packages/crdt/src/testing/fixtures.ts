import * as Y from 'yjs';
import { BoardStore, type BoardStoreOptions } from '../BoardStore';

/** A deterministic id generator: `<prefix>1`, `<prefix>2`, … */
export function sequentialIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A fresh doc + store with deterministic ids and a fixed clock (2026-11-27). */
export function makeStore(prefix = 'id', options: BoardStoreOptions = {}): BoardStore {
  return new BoardStore(new Y.Doc(), {
    idGenerator: sequentialIds(prefix),
    clock: () => new Date('2026-11-27T12:00:00Z'),
    ...options,
  });
}

/** Two-way syncs documents by exchanging their missing updates. */
export function syncDocs(...docs: Y.Doc[]): void {
  for (const a of docs) {
    for (const b of docs) {
      if (a === b) continue;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
}
