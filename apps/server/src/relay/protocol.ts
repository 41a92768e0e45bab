import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket message types (the standard protocol). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Sync message subtypes (y-protocols/sync). */
export const SYNC_STEP_1 = syncProtocol.messageYjsSyncStep1;
export const SYNC_STEP_2 = syncProtocol.messageYjsSyncStep2;
export const SYNC_UPDATE = syncProtocol.messageYjsUpdate;

/** `messageSync` + sync step 1 carrying the doc's state vector. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(enc, doc);
  return encoding.toUint8Array(enc);
}

/** `messageSync` + sync step 2: everything in `doc` the peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(enc, doc, stateVector);
  return encoding.toUint8Array(enc);
}

/** `messageSync` + update. */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_SYNC);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
}

/** `messageAwareness` for the given clients of `awareness`. */
export function encodeAwarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: number[],
): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(enc);
}

/** A decoded incoming client message. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array; step2: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** Thrown by {@link decodeClientMessage} for input that is not a valid protocol message. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/**
 * Decodes one client message of the y-websocket protocol. Throws {@link MalformedMessageError} for
 * anything undecodable, of an unknown type, or with trailing bytes. Does not validate the update
 * payload itself (see `validateUpdate`).
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const dec = decoding.createDecoder(data);
    const type = decoding.readVarUint(dec);
    let msg: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const sub = decoding.readVarUint(dec);
      const payload = decoding.readVarUint8Array(dec);
      if (sub === SYNC_STEP_1) msg = { type: 'sync-step-1', stateVector: payload };
      else if (sub === SYNC_STEP_2) msg = { type: 'update', update: payload, step2: true };
      else if (sub === SYNC_UPDATE) msg = { type: 'update', update: payload, step2: false };
      else throw new MalformedMessageError(`unknown sync message type ${sub}`);
    } else if (type === MESSAGE_AWARENESS) {
      msg = { type: 'awareness', update: decoding.readVarUint8Array(dec) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      msg = { type: 'query-awareness' };
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(dec)) throw new MalformedMessageError('trailing bytes');
    return msg;
  } catch (err) {
    if (err instanceof MalformedMessageError) throw err;
    throw new MalformedMessageError(err instanceof Error ? err.message : 'undecodable message');
  }
}

/**
 * Keeps the entries of an awareness update whose client id passes `keep`, re-encoded; returns null
 * when none is left. Throws {@link MalformedMessageError} if the update does not decode.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  keep: (clientId: number) => boolean,
): Uint8Array | null {
  const entries: { id: number; clock: number; state: string }[] = [];
  let dropped = false;
  try {
    const dec = decoding.createDecoder(update);
    const count = decoding.readVarUint(dec);
    for (let i = 0; i < count; i++) {
      const entry = {
        id: decoding.readVarUint(dec),
        clock: decoding.readVarUint(dec),
        state: decoding.readVarString(dec),
      };
      if (keep(entry.id)) entries.push(entry);
      else dropped = true;
    }
  } catch (err) {
    throw new MalformedMessageError(err instanceof Error ? err.message : 'bad awareness update');
  }
  if (!dropped) return update;
  if (entries.length === 0) return null;
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(enc, e.id);
    encoding.writeVarUint(enc, e.clock);
    encoding.writeVarString(enc, e.state);
  }
  return encoding.toUint8Array(enc);
}
