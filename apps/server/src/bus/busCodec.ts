import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { BusMessage, BusMessageKind } from './RoomBus';

const KINDS: readonly BusMessageKind[] = ['update', 'awareness'];

/** Encodes a bus message as bytes: kind, origin, payload. */
export function encodeBusMessage(message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, KINDS.indexOf(message.kind));
  encoding.writeVarString(encoder, message.origin);
  encoding.writeVarUint8Array(encoder, message.data);
  return encoding.toUint8Array(encoder);
}

/** Decodes a bus message; returns null for bytes that are not one (never throws). */
export function decodeBusMessage(bytes: Uint8Array): BusMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const kind = KINDS[decoding.readVarUint(decoder)];
    const origin = decoding.readVarString(decoder);
    const data = decoding.readVarUint8Array(decoder);
    if (!kind || decoding.hasContent(decoder)) return null;
    return { kind, origin, data };
  } catch {
    return null;
  }
}
