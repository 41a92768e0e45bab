import * as Y from 'yjs';

/** The scratch doc's guid: a generated one (a uuid from 31 random draws) costs ~0.15 ms, 5× the apply. */
const SCRATCH_GUID = 'isf-update-check';

/**
 * Checks a client's update before it is stored: `'invalid'` if it does not decode as a Yjs update,
 * `'unapplicable'` if it decodes but applying it to an empty scratch doc makes Yjs throw, `'empty'`
 * if it carries neither structs nor deletions (nothing to store), else `'ok'`.
 *
 * A valid update never throws, whatever the doc (structs whose dependencies are missing wait as
 * pending), so a throw on the scratch doc proves the update corrupt. It catches updates that are
 * broken in themselves, not ones that only break against the board's content — checking those
 * would need a copy of the board per write (tens of milliseconds for a large board), so they are
 * handled after the fact (`loadRoomDoc`, compaction).
 *
 * The update is decoded first (`Y.decodeUpdate`, a few microseconds): what it rejects is
 * `'invalid'`. Most edits then need no scratch doc (see {@link nothingIntegrates}): the apply to
 * one (~70 µs for a one-key map edit, most of it Yjs encoding the pending structs and deletions)
 * is left for the first edits of a client. That reasoning follows Yjs 13.6's `readUpdateV2`; the
 * one-byte-mutation test in `updates.test.ts` compares both paths and fails if a Yjs upgrade
 * breaks it.
 */
export function validateUpdate(update: Uint8Array): 'ok' | 'empty' | 'invalid' | 'unapplicable' {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return 'invalid';
  }
  if (nothingIntegrates(decoded.structs) && deletionsStorable(decoded.ds)) {
    const carriesStructs = decoded.structs.some((s) => !(s instanceof Y.Skip));
    return carriesStructs || decoded.ds.clients.size > 0 ? 'ok' : 'empty';
  }
  return applyToScratch(update);
}

/**
 * True when applying the update to an empty doc integrates none of its structs, so that the apply
 * cannot throw once the update decoded. Yjs integrates a struct only when the doc's state for its
 * client has reached the struct's clock; an empty doc's state is 0 for every client and grows only
 * by integrating, so the first struct integrated for any client starts at clock 0. An update with
 * no struct at clock 0 (every edit after a client's first one) is therefore only read — the same
 * reads as `Y.decodeUpdate`, which succeeded — and kept pending with its deletions.
 */
function nothingIntegrates(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): boolean {
  return structs.every((s) => s instanceof Y.Skip || s.id.clock > 0);
}

/**
 * False if a deletion range is empty: Yjs keeps the deletions an empty doc lacks as pending, and
 * encoding an empty range for that throws. Everything else a decodable update with nothing to
 * integrate holds is written back as pending without throwing.
 */
function deletionsStorable(ds: ReturnType<typeof Y.decodeUpdate>['ds']): boolean {
  for (const ranges of ds.clients.values()) {
    for (const range of ranges) if (range.len === 0) return false;
  }
  return true;
}

/**
 * The full check (what {@link validateUpdate} does when its shortcut does not apply): applies a
 * decodable update to an empty scratch doc and looks at what landed.
 */
export function applyToScratch(update: Uint8Array): 'ok' | 'empty' | 'unapplicable' {
  const scratch = new Y.Doc({ gc: false, guid: SCRATCH_GUID });
  try {
    Y.applyUpdate(scratch, update);
    // Whatever the update holds lands in the empty doc: integrated, or pending (structs whose
    // dependencies are missing, deletions of items the doc does not have).
    const { clients, pendingStructs, pendingDs } = scratch.store;
    return clients.size === 0 && pendingStructs === null && pendingDs === null ? 'empty' : 'ok';
  } catch {
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
