import {
  HocuspocusProvider as HocuspocusProvider4,
  HocuspocusProviderWebsocket as HocuspocusSocket4,
} from '@hocuspocus/provider';
import {
  HocuspocusProvider as HocuspocusProvider3,
  HocuspocusProviderWebsocket as HocuspocusSocket3,
} from 'hocuspocus-provider-3';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomTarget } from '../servers/types';

/** One benchmark client: a Y.Doc synced through the stock provider of its server's protocol. */
export interface BenchClient {
  readonly key: string;
  readonly doc: Y.Doc;
  /** Resolves once the provider reports its first sync with the server. */
  readonly synced: Promise<void>;
  /** Stops the provider for good (no reconnect) and frees the doc. */
  destroy(): void;
}

// The providers' typings want the DOM's WebSocket constructor; `ws` implements the same API for
// Node 20 (which has no global WebSocket without a flag).
const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

function yWebsocketClient(key: string, target: RoomTarget): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    params: target.params,
    WebSocketPolyfill: NodeWebSocket,
    // Clients in one worker process must talk only through the server, never through the
    // in-process BroadcastChannel fallback.
    disableBc: true,
    maxBackoffTime: 1000,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    const onSync = (isSynced: boolean) => {
      if (isSynced) {
        provider.off('sync', onSync);
        resolve();
      }
    };
    provider.on('sync', onSync);
  });
  return {
    key,
    doc,
    synced,
    destroy() {
      provider.shouldConnect = false;
      provider.destroy();
      doc.destroy();
    },
  };
}

function hocuspocusClient(key: string, target: RoomTarget, line: 3 | 4): BenchClient {
  const doc = new Y.Doc();
  let resolveSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => {
    resolveSynced = resolve;
  });
  const common = {
    name: target.room,
    document: doc,
    onSynced: () => resolveSynced(),
  };
  let destroyProvider: () => void;
  if (line === 4) {
    const socket = new HocuspocusSocket4({
      url: target.serverUrl,
      WebSocketPolyfill: NodeWebSocket,
      maxDelay: 1000,
    });
    const provider = new HocuspocusProvider4({ ...common, websocketProvider: socket });
    provider.attach();
    destroyProvider = () => {
      provider.destroy();
      socket.destroy();
    };
  } else {
    const socket = new HocuspocusSocket3({
      url: target.serverUrl,
      WebSocketPolyfill: NodeWebSocket,
      maxDelay: 1000,
    });
    const provider = new HocuspocusProvider3({ ...common, websocketProvider: socket });
    provider.attach();
    destroyProvider = () => {
      provider.destroy();
      socket.destroy();
    };
  }
  return {
    key,
    doc,
    synced,
    destroy() {
      destroyProvider();
      doc.destroy();
    },
  };
}

/** Opens one client of the right kind for `target`. */
export function openClient(key: string, target: RoomTarget): BenchClient {
  switch (target.protocol) {
    case 'y-websocket':
      return yWebsocketClient(key, target);
    case 'hocuspocus-3':
      return hocuspocusClient(key, target, 3);
    case 'hocuspocus-4':
      return hocuspocusClient(key, target, 4);
  }
}
