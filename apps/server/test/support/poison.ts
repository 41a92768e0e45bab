import * as Y from 'yjs';

/** A crafted update that `Y.decodeUpdate` accepts but that makes `Y.applyUpdate` throw halfway. */
export interface PoisonedUpdate {
  update: Uint8Array;
  /** The mutated byte: its index and new value (for the record). */
  at: number;
  value: number;
}

/** Where the poisoned update must throw. */
export interface PoisonOptions {
  /** State the update is made on and must throw against (default: an empty doc). */
  base?: Uint8Array;
  /** Client id of the author (default 4242). */
  clientId?: number;
  /** The real edit that is mutated (default: "a", then "b" before it, in the `Y.Text` "t"). */
  edit?: (doc: Y.Doc) => void;
  /**
   * Require that the update applies cleanly to an empty doc (so that only the board's content
   * makes it throw, and a check on a scratch doc cannot see it).
   */
  cleanOnEmptyDoc?: boolean;
}

const defaultEdit = (doc: Y.Doc): void => {
  const text = doc.getText('t');
  text.insert(0, 'a');
  text.insert(0, 'b');
};

function throwsOn(base: Uint8Array | null, update: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    if (base) Y.applyUpdate(doc, base);
    Y.applyUpdate(doc, update);
    return false;
  } catch {
    return true;
  } finally {
    doc.destroy();
  }
}

/**
 * Finds a poisoned update by mutating a real one, one byte at a time in a fixed order (index, then
 * value 0–255: deterministic, like a fuzzer with a fixed seed): the first mutation that still
 * decodes but makes `Y.applyUpdate` throw against `base`. The default edit makes two structs, the
 * second pointing at the first, so a broken reference in the second throws after the first was
 * integrated (the update is applied in part).
 */
export function findPoisonedUpdate(options: PoisonOptions = {}): PoisonedUpdate {
  const base = options.base ?? null;
  const source = new Y.Doc();
  if (base) Y.applyUpdate(source, base);
  // After the base: Yjs picks a new client id when a remote update carries its own.
  source.clientID = options.clientId ?? 4242;
  const before = Y.encodeStateVector(source);
  (options.edit ?? defaultEdit)(source);
  const real = Y.encodeStateAsUpdate(source, before);
  source.destroy();
  for (let at = 0; at < real.length; at++) {
    for (let value = 0; value < 256; value++) {
      if (real[at] === value) continue;
      const update = real.slice();
      update[at] = value;
      try {
        Y.decodeUpdate(update);
      } catch {
        continue;
      }
      if (options.cleanOnEmptyDoc && throwsOn(null, update)) continue;
      if (throwsOn(base, update)) return { update, at, value };
    }
  }
  throw new Error('no single-byte mutation of the update decodes and then throws');
}
