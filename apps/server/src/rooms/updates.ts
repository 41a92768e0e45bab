import * as Y from 'yjs';

/**
 * Checks that a client's update decodes as a Yjs update before it is stored: `'invalid'` if it
 * does not, `'empty'` if it carries neither structs nor deletions (nothing to store), else `'ok'`.
 */
export function validateUpdate(update: Uint8Array): 'ok' | 'empty' | 'invalid' {
  try {
    const decoded = Y.decodeUpdate(update);
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return 'empty';
    return 'ok';
  } catch {
    return 'invalid';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `write`, retrying after each of `delaysMs` when it throws; rethrows the last error once the
 * delays are used up.
 */
export async function persistWithRetry(
  write: () => Promise<void>,
  delaysMs: readonly number[],
  onRetry: (attempt: number, err: unknown) => void,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await write();
      return;
    } catch (err) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw err;
      onRetry(attempt + 1, err);
      await sleep(delay);
    }
  }
}
