import { useCallback, useState } from 'react';
import type { BoardCommand, BoardStore } from '@isf/crdt';
import { messageText } from '../i18n';

/**
 * Runs commands and keeps the last refusal message, in the UI language at the time of the
 * refusal (for an inline `role="alert"`).
 */
export function useRunCommand(store: BoardStore): {
  run(command: BoardCommand): boolean;
  error: string | null;
  clearError(): void;
} {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (command: BoardCommand) => {
      const result = store.run(command);
      setError(result.ok ? null : messageText(result));
      return result.ok;
    },
    [store],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, error, clearError };
}
