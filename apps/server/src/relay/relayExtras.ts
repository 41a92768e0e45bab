/**
 * Relay protocol extras (CONTRACTS.md). The canonical implementation lives in `@isf/crdt`; these
 * mirror it byte for byte so the relay compiles before that package lands.
 * TODO(server): import from '@isf/crdt' once it exports them.
 */
import * as encoding from 'lib0/encoding';

/** Server → client: the stored doc's state vector after a durable write (ack=1 clients only). */
export const MESSAGE_SAVED = 100;
/** Server → client: a JSON notice `{ code, message }`, e.g. `{ code: 'read-only' }`. */
export const MESSAGE_NOTICE = 101;

/** WebSocket close codes used by the relay. */
export const CLOSE_CODES = {
  messageTooBig: 1009,
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  awarenessFlood: 4429,
  storageFailure: 4500,
} as const;

/** Encodes `MESSAGE_SAVED` with the stored state vector. */
export function encodeSavedMessage(stateVector: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SAVED);
  encoding.writeVarUint8Array(enc, stateVector);
  return encoding.toUint8Array(enc);
}

/** Encodes `MESSAGE_NOTICE` with a JSON `{ code, message }` payload. */
export function encodeNoticeMessage(notice: { code: string; message: string }): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_NOTICE);
  encoding.writeVarString(enc, JSON.stringify(notice));
  return encoding.toUint8Array(enc);
}
