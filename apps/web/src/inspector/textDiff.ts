/** One contiguous edit: at `index`, remove `remove` characters, then insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * Computes the minimal single edit turning `prev` into `next` (common prefix and suffix kept).
 * `caret` (the caret position in `next` after the edit, e.g. `selectionEnd`) disambiguates
 * repeated characters: typing "a" at index 1 of "aa" is reported at index 1, not 2.
 * Returns null when the strings are equal.
 */
export function diffText(prev: string, next: string, caret?: number): TextEdit | null {
  if (prev === next) return null;
  const minLength = Math.min(prev.length, next.length);
  // After typing, the caret sits at the end of the inserted text, so the edit starts at or before
  // `caret - inserted length`: the common prefix may not extend past that.
  let maxPrefix = minLength;
  if (caret !== undefined && caret >= 0 && caret <= next.length) {
    maxPrefix = Math.min(maxPrefix, Math.max(0, caret - Math.max(0, next.length - prev.length)));
  }
  let prefix = 0;
  while (prefix < maxPrefix && prev.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  // Never split a UTF-16 surrogate pair.
  if (prefix > 0 && isHighSurrogate(next.charCodeAt(prefix - 1))) prefix--;
  const maxSuffix = minLength - prefix;
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    prev.charCodeAt(prev.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(next.charCodeAt(next.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: prev.length - prefix - suffix,
    insert: next.slice(prefix, next.length - suffix),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Applies an edit to a plain string (the inverse check of {@link diffText}). */
export function applyTextEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.index) + edit.insert + value.slice(edit.index + edit.remove);
}

/** One operation of a Yjs text delta (`Y.YTextEvent.delta`). */
export interface DeltaOp {
  retain?: number;
  insert?: unknown;
  delete?: number;
}

/**
 * Maps a caret index through a (remote) Yjs delta so the local caret stays next to the same
 * characters: inserts before it shift it right, deletes before it shift it left. An insert exactly at
 * the caret leaves the caret before the inserted text.
 */
export function transformIndex(index: number, delta: readonly DeltaOp[]): number {
  let oldPos = 0; // characters of the old string consumed so far
  let newPos = 0; // characters of the new string produced so far
  for (const op of delta) {
    if (oldPos >= index) break;
    if (op.retain !== undefined) {
      if (oldPos + op.retain >= index) break;
      oldPos += op.retain;
      newPos += op.retain;
    } else if (op.insert !== undefined) {
      newPos += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      if (oldPos + op.delete >= index) return newPos;
      oldPos += op.delete;
    }
  }
  return newPos + (index - oldPos);
}
