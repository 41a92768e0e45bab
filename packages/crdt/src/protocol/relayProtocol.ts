import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Message type (first varUint of a relay frame, after the y-websocket types 0 sync, 1 awareness,
 * 2 auth, 3 query-awareness): the server's stored state vector, sent after each durable write to
 * clients that connected with `ack=1`. Payload: varUint8Array (`Y.encodeStateVector` of the stored doc).
 */
export const MESSAGE_SAVED = 100;
/** Message type: a notice for the user. Payload: varString JSON `{ code, message }`. */
export const MESSAGE_NOTICE = 101;

/** A notice from the relay, e.g. `{ code: 'read-only', message: '…' }`. */
export interface RelayNotice {
  code: string;
  message: string;
}

/** WebSocket close codes used by the relay. */
export const CLOSE_CODES = {
  MESSAGE_TOO_BIG: 1009,
  MALFORMED_MESSAGE: 4400,
  UNAUTHORIZED: 4401,
  FORBIDDEN: 4403,
  BOARD_NOT_FOUND: 4404,
  AWARENESS_FLOOD: 4429,
  STORAGE_FAILURE: 4500,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** Reads the message type of a frame, or null if the frame is empty/malformed. Never throws. */
export function readMessageType(message: Uint8Array): number | null {
  try {
    return decoding.readVarUint(decoding.createDecoder(message));
  } catch {
    return null;
  }
}

/** Encodes a saved message carrying the stored document's state vector. */
export function encodeSavedMessage(storedStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  encoding.writeVarUint8Array(encoder, storedStateVector);
  return encoding.toUint8Array(encoder);
}

/** Decodes a saved message into the stored state vector; null when it is not a valid saved message. */
export function decodeSavedMessage(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SAVED) return null;
    const sv = decoding.readVarUint8Array(decoder);
    Y.decodeStateVector(sv); // validates the payload
    return sv;
  } catch {
    return null;
  }
}

/** Encodes a notice message. */
export function encodeNoticeMessage(notice: RelayNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_NOTICE);
  encoding.writeVarString(encoder, JSON.stringify({ code: notice.code, message: notice.message }));
  return encoding.toUint8Array(encoder);
}

/** Decodes a notice message; null when it is not a valid notice. Never throws. */
export function decodeNoticeMessage(message: Uint8Array): RelayNotice | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_NOTICE) return null;
    const value: unknown = JSON.parse(decoding.readVarString(decoder));
    if (typeof value !== 'object' || value === null) return null;
    const { code, message: text } = value as { code?: unknown; message?: unknown };
    if (typeof code !== 'string') return null;
    return { code, message: typeof text === 'string' ? text : '' };
  } catch {
    return null;
  }
}

function toMap(sv: Uint8Array | Map<number, number>): Map<number, number> {
  return sv instanceof Map ? sv : Y.decodeStateVector(sv);
}

/**
 * True when the stored state covers every update `clientId` made locally, i.e. the client's own
 * clock in `local` is ≤ its clock in `stored`. Use with `doc.clientID` and `Y.encodeStateVector(doc)`
 * to decide whether to show "saved". A client with no own updates is covered.
 */
export function isStateVectorCovered(
  local: Uint8Array | Map<number, number>,
  stored: Uint8Array | Map<number, number>,
  clientId: number,
): boolean {
  const own = toMap(local).get(clientId) ?? 0;
  if (own === 0) return true;
  return (toMap(stored).get(clientId) ?? 0) >= own;
}
