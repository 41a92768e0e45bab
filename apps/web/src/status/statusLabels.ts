import type { ConnectionState, SyncStatus } from '../session/BoardSession';

const CONNECTION_LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  online: 'Online',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** What the status badge says. */
export interface StatusLabels {
  connection: string;
  /** "Saved", "Saving…", or that changes wait on this device; null for viewers (nothing to save). */
  saved: string | null;
  /** Tone for styling: ok (online and saved), busy, warn (offline / not saved), error (closed). */
  tone: 'ok' | 'busy' | 'warn' | 'error';
}

/**
 * The badge texts for a status. "Saved" only when the relay confirmed every local change; while
 * offline, unsaved changes are said to be kept on this device (IndexedDB) until the link is back.
 */
export function statusLabels(status: SyncStatus, readOnly: boolean): StatusLabels {
  const connection = CONNECTION_LABEL[status.connection];
  let saved: string | null = null;
  if (!readOnly) {
    if (status.saved) saved = 'Saved';
    else if (status.connection === 'online') saved = 'Saving…';
    else saved = 'Not saved yet — kept on this device';
  }
  let tone: StatusLabels['tone'];
  if (status.connection === 'offline' && status.notice !== null) tone = 'error';
  else if (status.connection === 'online') tone = status.saved || readOnly ? 'ok' : 'busy';
  else if (status.connection === 'offline' || !status.saved) tone = 'warn';
  else tone = 'busy';
  return { connection, saved, tone };
}
