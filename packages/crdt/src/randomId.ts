const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random 16-character id (~82 bits) from `crypto.getRandomValues` (Node 20 and browsers). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}
