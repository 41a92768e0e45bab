import { createContext, useContext } from 'react';
import type { BoardSession } from './BoardSession';

/** The open board's session; provided by the board page around the canvas and panels. */
export const BoardSessionContext = createContext<BoardSession | null>(null);

/** The open board's session. Throws when used outside `BoardSessionContext.Provider`. */
export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error('useBoardSession() must be used inside a BoardSessionContext');
  return session;
}
