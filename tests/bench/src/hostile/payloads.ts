import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Protocol } from '../servers/types';

/** Wraps a y-protocols message body for the server's protocol (Hocuspocus prefixes the doc name). */
function envelope(
  protocol: Protocol,
  room: string,
  write: (enc: encoding.Encoder) => void,
): Uint8Array {
  const enc = encoding.createEncoder();
  if (protocol !== 'y-websocket') encoding.writeVarString(enc, room);
  write(enc);
  return encoding.toUint8Array(enc);
}

/** Hocuspocus's authentication message (empty token: the servers here have no auth hook). */
export function hocuspocusAuth(protocol: Protocol, room: string): Uint8Array | null {
  if (protocol === 'y-websocket') return null;
  return envelope(protocol, room, (enc) => {
    encoding.writeVarUint(enc, 2); // MessageType.Auth
    encoding.writeVarUint(enc, 0); // AuthMessageType.Token
    encoding.writeVarString(enc, '');
    encoding.writeVarString(enc, protocol === 'hocuspocus-3' ? '3.4.4' : '4.8.0');
  });
}

/** A valid sync "update" message whose Yjs update carries a string of `bytes` characters. */
export function oversizedUpdate(protocol: Protocol, room: string, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('attack').set('big', 'x'.repeat(bytes));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return envelope(protocol, room, (enc) => {
    encoding.writeVarUint(enc, 0); // sync
    encoding.writeVarUint(enc, 2); // update
    encoding.writeVarUint8Array(enc, update);
  });
}

/**
 * `count` valid awareness messages from one fake client whose state changes every time
 * (clock increasing), as a misbehaving cursor loop would send them.
 */
export function awarenessMessages(protocol: Protocol, room: string, count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i += 1) {
    awareness.setLocalState({ user: { name: 'flood' }, cursor: { x: i, y: i } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    out.push(
      envelope(protocol, room, (enc) => {
        encoding.writeVarUint(enc, 1); // awareness
        encoding.writeVarUint8Array(enc, update);
      }),
    );
  }
  awareness.destroy();
  doc.destroy();
  return out;
}
