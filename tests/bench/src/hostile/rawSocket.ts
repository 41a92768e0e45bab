import crypto from 'node:crypto';
import net from 'node:net';

/** A WebSocket spoken by hand over node:net, so the harness can send frames no library would. */
export interface RawSocket {
  socket: net.Socket;
  /** Resolves when the TCP connection closes. */
  closed: Promise<void>;
  /** The close code of the server's close frame, once one arrived (null before / without one). */
  closeCode(): number | null;
  write(data: Buffer): boolean;
  destroy(): void;
}

/** Encodes one client frame (masked unless `mask` is false; `rsv2` sets the RSV2 bit). */
export function encodeFrame(
  opcode: number,
  payload: Buffer,
  options: { rsv2?: boolean; fin?: boolean; mask?: boolean; declaredLength?: number } = {},
): Buffer {
  const fin = options.fin ?? true;
  const mask = options.mask ?? true;
  const length = options.declaredLength ?? payload.length;
  const first = (fin ? 0x80 : 0) | (options.rsv2 ? 0x20 : 0) | (opcode & 0x0f);
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([first, (mask ? 0x80 : 0) | length]);
  } else if (length < 65536) {
    header = Buffer.alloc(4);
    header[0] = first;
    header[1] = (mask ? 0x80 : 0) | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = first;
    header[1] = (mask ? 0x80 : 0) | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!mask) return Buffer.concat([header, payload]);
  const key = crypto.randomBytes(4);
  const masked = Buffer.allocUnsafe(payload.length);
  for (let i = 0; i < payload.length; i += 1) {
    masked[i] = (payload[i] ?? 0) ^ (key[i & 3] ?? 0);
  }
  return Buffer.concat([header, key, masked]);
}

/** A binary data frame carrying `payload`. */
export const binaryFrame = (payload: Uint8Array) => encodeFrame(0x2, Buffer.from(payload));

/** Scans server frames (unmasked) for a close frame; returns its code, or null. */
function scanForClose(buffer: Buffer): { code: number | null; consumed: number } {
  let offset = 0;
  while (offset + 2 <= buffer.length) {
    const opcode = (buffer[offset] ?? 0) & 0x0f;
    let length = (buffer[offset + 1] ?? 0) & 0x7f;
    let head = 2;
    if (length === 126) {
      if (offset + 4 > buffer.length) break;
      length = buffer.readUInt16BE(offset + 2);
      head = 4;
    } else if (length === 127) {
      if (offset + 10 > buffer.length) break;
      length = Number(buffer.readBigUInt64BE(offset + 2));
      head = 10;
    }
    if (offset + head + length > buffer.length) break;
    if (opcode === 0x8) {
      const code = length >= 2 ? buffer.readUInt16BE(offset + head) : 1005;
      return { code, consumed: offset + head + length };
    }
    offset += head + length;
  }
  return { code: null, consumed: offset };
}

/**
 * Connects to 127.0.0.1:`port`, performs the HTTP/1.1 upgrade on `path` by hand and resolves once
 * the server answered 101. Rejects on any other answer or after `timeoutMs`.
 */
export function openRawWebSocket(port: number, path: string, timeoutMs = 5000): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const key = crypto.randomBytes(16).toString('base64');
    let handshakeDone = false;
    let pending = Buffer.alloc(0);
    let code: number | null = null;
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw WebSocket handshake timed out'));
    }, timeoutMs);
    socket.on('error', (error) => {
      if (!handshakeDone) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.once('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (!handshakeDone) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end).toString('latin1');
        pending = pending.subarray(end + 4);
        clearTimeout(timer);
        if (!/^HTTP\/1\.1 101/.test(head)) {
          socket.destroy();
          reject(new Error(`upgrade refused: ${head.split('\r\n')[0] ?? ''}`));
          return;
        }
        handshakeDone = true;
        resolve({
          socket,
          closed,
          closeCode: () => code,
          write: (data) => !socket.destroyed && socket.write(data),
          destroy: () => socket.destroy(),
        });
      }
      if (code === null) {
        const scan = scanForClose(pending);
        if (scan.code !== null) code = scan.code;
        pending = pending.subarray(scan.consumed);
      }
    });
  });
}
