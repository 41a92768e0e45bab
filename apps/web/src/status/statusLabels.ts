import type { TFunction } from 'i18next';
import type { ConnectionState, SyncStatus } from '../session/BoardSession';
import { noticeLabel } from './noticeLabel';

/** What the status badge says. */
export interface StatusLabels {
  connection: string;
  /** "Saved", "Saving…", or that changes wait on this device; null for viewers (nothing to save). */
  saved: string | null;
  /** The relay's notice or close reason, worded for the user; null when there is none. */
  notice: string | null;
  /** Tone for styling: ok (online and saved), busy, warn (offline / not saved), error (closed). */
  tone: 'ok' | 'busy' | 'warn' | 'error';
}

function connectionLabel(connection: ConnectionState, t: TFunction): string {
  switch (connection) {
    case 'connecting':
      return t('status:connection.connecting');
    case 'online':
      return t('status:connection.online');
    case 'reconnecting':
      return t('status:connection.reconnecting');
    case 'offline':
      return t('status:connection.offline');
  }
}

/**
 * The badge texts for a status, in the language of `t`. "Saved" only when the relay confirmed
 * every local change; while offline, unsaved changes are said to be kept on this device
 * (IndexedDB) until the link is back.
 */
export function statusLabels(status: SyncStatus, readOnly: boolean, t: TFunction): StatusLabels {
  const connection = connectionLabel(status.connection, t);
  let saved: string | null = null;
  if (!readOnly) {
    if (status.saved) saved = t('status:saved');
    else if (status.connection === 'online') saved = t('status:saving');
    else saved = t('status:notSaved');
  }
  let tone: StatusLabels['tone'];
  if (status.connection === 'offline' && status.notice !== null) tone = 'error';
  else if (status.connection === 'online') tone = status.saved || readOnly ? 'ok' : 'busy';
  else if (status.connection === 'offline' || !status.saved) tone = 'warn';
  else tone = 'busy';
  const notice = status.notice ? noticeLabel(status.notice, t) || null : null;
  return { connection, saved, notice, tone };
}
