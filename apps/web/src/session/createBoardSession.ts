import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import { messageYjsSyncStep1 } from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import { BoardStore, MESSAGE_NOTICE, MESSAGE_SAVED, createUndoManager } from '@isf/crdt';
import type { BoardSession, Participant } from './BoardSession';
import { createPresencePublisher } from './createPresencePublisher';
import { SyncStatusTracker } from './SyncStatusTracker';
import { parseNotice } from './noticeText';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

/** Relay close codes after which reconnecting cannot help (bad link, revoked, no such board). */
const PERMANENT_CLOSE_CODES = new Set([4401, 4403, 4404]);

/** y-websocket's message type for sync messages. */
const MESSAGE_SYNC = 0;

export interface CreateBoardSessionOptions {
  boardId: string;
  /** The link token (sent as the `token` query parameter). */
  token: string;
  /** Who is joining, with the role of their link. */
  self: Participant;
  /** Base URL of the relay; default `${ws|wss}://${location.host}/sync`. */
  serverUrl?: string;
  /** Keep an offline copy in IndexedDB (default true). */
  persist?: boolean;
  /** Called when the relay says this (non-viewer) link became read-only (downgraded while open). */
  onReadOnly?: () => void;
}

/** `${ws|wss}://<host>/sync` for the page's own origin. */
export function defaultSyncUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * Opens a board: a Y.Doc kept in IndexedDB (offline edits survive), synced through the relay with
 * the stock y-websocket provider (`ack=1`: the relay reports which updates it stored), the
 * `BoardStore`, per-user undo, presence and a truthful sync status. Call `destroy()` to close it.
 */
export function createBoardSession(options: CreateBoardSessionOptions): BoardSession {
  const { boardId, token, self } = options;
  const readOnly = self.role === 'viewer';
  const doc = new Y.Doc();
  const store = new BoardStore(doc);
  const undo = createUndoManager(store);
  const tracker = new SyncStatusTracker(() => Y.encodeStateVector(doc));
  const persistence = options.persist === false ? null : new IndexeddbPersistence(boardId, doc);
  const awareness = new Awareness(doc);
  const presence = createPresencePublisher(awareness, self);

  const provider = new WebsocketProvider(options.serverUrl ?? defaultSyncUrl(), boardId, doc, {
    connect: false,
    awareness,
    params: { token, ack: '1' },
    // A viewer never sends edits, not even to other tabs.
    disableBc: readOnly,
    shouldReconnect: (event) => !PERMANENT_CLOSE_CODES.has(event.code),
  });

  const restoreAwareness = sendOwnAwarenessOnly(provider);

  // The relay's sync step 1 carries the state vector of the stored document.
  const syncHandler = provider.messageHandlers[MESSAGE_SYNC];
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    if (emitSynced) {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === messageYjsSyncStep1) {
        tracker.storedStateVector(decoding.readVarUint8Array(peek));
      }
    }
    syncHandler?.(encoder, decoder, p, emitSynced, type);
  };
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    tracker.storedStateVector(decoding.readVarUint8Array(decoder));
  };
  provider.messageHandlers[MESSAGE_NOTICE] = (_encoder, decoder) => {
    const notice = parseNotice(decoding.readVarString(decoder));
    tracker.notice({ kind: 'notice', ...notice });
    // The link was downgraded to viewer while open: let the page reopen the board read-only.
    if (notice.code === 'read-only' && !readOnly) options.onReadOnly?.();
  };

  provider.on('status', ({ status }) => {
    if (status === 'connecting') tracker.connecting();
  });
  provider.on('sync', (synced) => {
    if (synced) tracker.synced();
  });
  provider.on('connection-close', () => tracker.connectionClosed());
  let closedForGood = false;
  provider.on('closed', ({ code, reason }) => {
    closedForGood = true;
    tracker.closedForGood(code, reason);
  });

  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== provider && origin !== persistence) tracker.localChange(doc.clientID);
  };
  doc.on('update', onUpdate);

  let destroyed = false;
  if (persistence) {
    persistence.whenSynced.then(
      () => {
        if (destroyed) return;
        tracker.localLoaded(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
      },
      (error: unknown) => {
        // No IndexedDB (e.g. a locked-down browser): work online only.
        console.warn('Offline copy unavailable', error);
        if (!destroyed) tracker.localLoaded([]);
      },
    );
  } else {
    tracker.localLoaded([]);
  }

  const onOffline = (): void => {
    tracker.browserOnline(false);
    provider.disconnect();
  };
  const onOnline = (): void => {
    tracker.browserOnline(true);
    if (!closedForGood) provider.connect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  if (navigator.onLine === false) tracker.browserOnline(false);
  else provider.connect();

  return {
    boardId,
    store,
    undo,
    awareness,
    self,
    readOnly,
    presence,
    setIdentity(patch) {
      if (patch.name !== undefined) self.name = patch.name;
      if (patch.entity !== undefined) self.entity = patch.entity;
      presence.setUser(self);
    },
    subscribeStatus: tracker.subscribe,
    getStatus: tracker.get,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      presence.destroy();
      doc.off('update', onUpdate);
      restoreAwareness();
      provider.destroy();
      undo.destroy();
      awareness.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
