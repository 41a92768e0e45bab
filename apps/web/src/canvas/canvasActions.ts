import { createContext, useContext } from 'react';

/** Actions edge and node components can trigger (provided by the canvas). */
export interface CanvasActions {
  readOnly: boolean;
  /** Marks a suggested edge as agreed. */
  acceptEdge(id: string): void;
}

export const CanvasActionsContext = createContext<CanvasActions>({
  readOnly: true,
  acceptEdge: () => undefined,
});

/** The canvas actions (read-only no-ops outside a canvas). */
export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
