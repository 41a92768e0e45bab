import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  CLOSE_CODES,
  MESSAGE_NOTICE,
  MESSAGE_SAVED,
  decodeNoticeMessage,
  decodeSavedMessage,
  encodeNoticeMessage,
  encodeSavedMessage,
  isStateVectorCovered,
  readMessageType,
} from './relayProtocol';

describe('relay protocol extras', () => {
  it('round-trips saved and notice messages', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    const sv = Y.encodeStateVector(doc);
    const saved = encodeSavedMessage(sv);
    expect(readMessageType(saved)).toBe(MESSAGE_SAVED);
    expect(decodeSavedMessage(saved)).toEqual(sv);
    const notice = encodeNoticeMessage({ code: 'read-only', message: 'You can view this board' });
    expect(readMessageType(notice)).toBe(MESSAGE_NOTICE);
    expect(decodeNoticeMessage(notice)).toEqual({
      code: 'read-only',
      message: 'You can view this board',
    });
  });

  it('returns null for malformed frames instead of throwing', () => {
    expect(readMessageType(new Uint8Array())).toBeNull();
    expect(decodeSavedMessage(new Uint8Array([MESSAGE_SAVED, 50, 1]))).toBeNull();
    expect(decodeSavedMessage(encodeNoticeMessage({ code: 'x', message: '' }))).toBeNull();
    expect(decodeNoticeMessage(encodeSavedMessage(new Uint8Array([0])))).toBeNull();
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_NOTICE);
    encoding.writeVarString(e, '{not json');
    expect(decodeNoticeMessage(encoding.toUint8Array(e))).toBeNull();
  });

  it('isStateVectorCovered compares only the client’s own clock', () => {
    const client = new Y.Doc();
    const server = new Y.Doc();
    expect(
      isStateVectorCovered(
        Y.encodeStateVector(client),
        Y.encodeStateVector(server),
        client.clientID,
      ),
    ).toBe(true);
    client.getMap('m').set('a', 1);
    const other = new Y.Doc();
    other.getMap('m').set('b', 2);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    expect(
      isStateVectorCovered(
        Y.encodeStateVector(client),
        Y.encodeStateVector(server),
        client.clientID,
      ),
    ).toBe(false);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const stored = Y.encodeStateVector(server);
    expect(isStateVectorCovered(Y.encodeStateVector(client), stored, client.clientID)).toBe(true);
    client.getMap('m').set('c', 3);
    expect(
      isStateVectorCovered(
        Y.decodeStateVector(Y.encodeStateVector(client)),
        Y.decodeStateVector(stored),
        client.clientID,
      ),
    ).toBe(false);
  });

  it('pins the close codes', () => {
    expect(CLOSE_CODES).toEqual({
      MESSAGE_TOO_BIG: 1009,
      MALFORMED_MESSAGE: 4400,
      UNAUTHORIZED: 4401,
      FORBIDDEN: 4403,
      BOARD_NOT_FOUND: 4404,
      AWARENESS_FLOOD: 4429,
      STORAGE_FAILURE: 4500,
    });
  });
});
