import * as Y from 'yjs';

/**
 * Splits stored update rows (in log order) into those that apply and those that make Yjs throw
 * when applied in order to a scratch doc. Valid Yjs updates never throw, whatever the document
 * (missing dependencies wait as pending structs), so a row that throws is corrupt: compaction
 * quarantines it instead of merging it into the one row the whole board would then depend on.
 * Costs about one load of the board.
 */
export function splitApplicable<R extends { data: Uint8Array }>(
  rows: readonly R[],
): { good: R[]; bad: R[] } {
  const doc = new Y.Doc({ gc: false });
  const good: R[] = [];
  const bad: R[] = [];
  try {
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row.data);
        good.push(row);
      } catch {
        bad.push(row);
      }
    }
  } finally {
    doc.destroy();
  }
  return { good, bad };
}
