import { useCallback, useSyncExternalStore } from 'react';
import type { Board } from '@isf/framework';
import type { BoardSession } from '../session/BoardSession';

/**
 * The live board of a session, re-rendering on every change. `store.read()` is cached (an
 * unchanged board is the same object), so this is cheap to call from several views.
 */
export function useBoard(session: BoardSession): Board {
  const { store } = session;
  const subscribe = useCallback(
    (onChange: () => void) => store.subscribe(() => onChange()),
    [store],
  );
  const read = useCallback(() => store.read(), [store]);
  return useSyncExternalStore(subscribe, read, read);
}
