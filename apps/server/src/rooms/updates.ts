import * as Y from 'yjs';

/** The scratch doc's guid: a generated one (a uuid from 31 random draws) costs ~0.15 ms, 5× the apply. */
const SCRATCH_GUID = 'isf-update-check';

/**
 * Checks a client's update before it is stored: `'invalid'` if it does not decode as a Yjs update,
 * `'unapplicable'` if it decodes but applying it to an empty scratch doc makes Yjs throw, `'empty'`
 * if it carries neither structs nor deletions (nothing to store), else `'ok'`.
 *
 * A valid update never throws, whatever the doc (structs whose dependencies are missing wait as
 * pending), so a throw on the scratch doc proves the update corrupt. The check costs one apply of
 * the update alone (well under a millisecond for an edit; the update is decoded a second time
 * only when that apply threw); it catches updates that are broken in themselves, not ones that
 * only break against the board's content — checking those would need a copy of the board per
 * write (tens of milliseconds for a large board), so they are handled after the fact
 * (`loadRoomDoc`, compaction).
 */
export function validateUpdate(update: Uint8Array): 'ok' | 'empty' | 'invalid' | 'unapplicable' {
  const scratch = new Y.Doc({ gc: false, guid: SCRATCH_GUID });
  try {
    Y.applyUpdate(scratch, update);
    // Whatever the update holds lands in the empty doc: integrated, or pending (structs whose
    // dependencies are missing, deletions of items the doc does not have).
    const { clients, pendingStructs, pendingDs } = scratch.store;
    return clients.size === 0 && pendingStructs === null && pendingDs === null ? 'empty' : 'ok';
  } catch {
    try {
      Y.decodeUpdate(update);
    } catch {
      return 'invalid';
    }
    return 'unapplicable';
  } finally {
    scratch.destroy();
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
