import * as Y from 'yjs';
import type { YValue } from '../layout';

/** Replaces the content of `text` with `value` by editing only the differing middle part. */
export function replaceText(text: Y.Text, value: string): void {
  const current = text.toString();
  if (current === value) return;
  let start = 0;
  const max = Math.min(current.length, value.length);
  while (start < max && current.charCodeAt(start) === value.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    current.charCodeAt(current.length - 1 - end) === value.charCodeAt(value.length - 1 - end)
  ) {
    end++;
  }
  const removeLength = current.length - start - end;
  if (removeLength > 0) text.delete(start, removeLength);
  const insert = value.slice(start, value.length - end);
  if (insert.length > 0) text.insert(start, insert);
}

/** Creates a Y.Text holding `value`. */
export function makeText(value: string): Y.Text {
  const text = new Y.Text();
  if (value.length > 0) text.insert(0, value);
  return text;
}

/** Creates a set (Y.Map member → true) holding `members`. */
export function makeSet(members: readonly string[]): Y.Map<boolean> {
  const set = new Y.Map<boolean>();
  for (const m of members) set.set(m, true);
  return set;
}

/** Makes the Y.Map set hold exactly `members`, touching only keys that change. */
export function reconcileSet(set: Y.Map<unknown>, members: readonly string[]): void {
  const wanted = new Set(members);
  for (const key of Array.from(set.keys())) if (!wanted.has(key)) set.delete(key);
  for (const m of wanted) if (!set.has(m)) set.set(m, true);
}

/** Sorted members of a Y.Map set, or the raw value when it is not a Y.Map (validation rejects it). */
export function readSet(value: YValue): unknown {
  if (value instanceof Y.Map) return Array.from(value.keys()).sort();
  return value;
}

/** The string of a Y.Text, or the raw value when it is not a Y.Text (validation rejects non-strings). */
export function readText(value: YValue): unknown {
  return value instanceof Y.Text ? value.toString() : value;
}

/** Sets `map[key] = value` only when it differs (primitives, null, or small plain objects). */
export function setIfChanged(map: Y.Map<YValue>, key: string, value: unknown): void {
  const current = map.get(key);
  if (map.has(key) && shallowEqual(current, value)) return;
  map.set(key, value);
}

function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
