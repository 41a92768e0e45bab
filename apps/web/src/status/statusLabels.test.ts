import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import type { SyncStatus } from '../session/BoardSession';
import { noticeLabel } from './noticeLabel';
import { statusLabels } from './statusLabels';

const base: SyncStatus = { connection: 'online', saved: true, localLoaded: true, notice: null };
const en = i18next.getFixedT('en');
const fr = i18next.getFixedT('fr');

describe('statusLabels', () => {
  it('says Online and Saved when everything is confirmed', () => {
    expect(statusLabels(base, false, en)).toEqual({
      connection: 'Online',
      saved: 'Saved',
      notice: null,
      tone: 'ok',
    });
  });
  it('says Saving… while online with unconfirmed changes', () => {
    expect(statusLabels({ ...base, saved: false }, false, en).saved).toBe('Saving…');
  });
  it('says changes are kept on this device while offline', () => {
    const labels = statusLabels({ ...base, connection: 'offline', saved: false }, false, en);
    expect(labels.connection).toBe('Offline');
    expect(labels.saved).toMatch(/kept on this device/);
    expect(labels.tone).toBe('warn');
  });
  it('shows no save state to viewers', () => {
    expect(statusLabels(base, true, en).saved).toBeNull();
  });
  it('is an error when the relay closed for good, and says why', () => {
    const labels = statusLabels(
      { ...base, connection: 'offline', notice: { kind: 'closed', code: 4403, reason: '' } },
      false,
      en,
    );
    expect(labels.tone).toBe('error');
    expect(labels.notice).toMatch(/revoked/);
  });
  it('says Reconnecting…', () => {
    expect(statusLabels({ ...base, connection: 'reconnecting' }, false, en).connection).toBe(
      'Reconnecting…',
    );
  });
  it('speaks French', () => {
    const labels = statusLabels({ ...base, connection: 'offline', saved: false }, false, fr);
    expect(labels.connection).toBe('Hors ligne');
    expect(labels.saved).toMatch(/^Pas encore enregistré/);
    expect(statusLabels(base, false, fr).saved).toBe('Enregistré');
    expect(statusLabels({ ...base, connection: 'reconnecting' }, false, fr).connection).toBe(
      'Reconnexion…',
    );
  });
});

describe('noticeLabel', () => {
  it('words known codes in the current language', () => {
    expect(noticeLabel({ kind: 'notice', code: 'read-only', message: 'x' }, en)).toMatch(
      /^View only/,
    );
    expect(noticeLabel({ kind: 'notice', code: 'read-only', message: 'x' }, fr)).toMatch(
      /^Lecture seule/,
    );
    expect(noticeLabel({ kind: 'closed', code: 4404, reason: 'gone' }, fr)).toMatch(/n’existe pas/);
    expect(noticeLabel({ kind: 'closed', code: 4401, reason: '' }, en)).toMatch(/not valid/);
  });
  it('falls back to the relay text, then the code', () => {
    expect(noticeLabel({ kind: 'notice', code: 'other', message: 'Hello' }, en)).toBe('Hello');
    expect(noticeLabel({ kind: 'notice', code: 'other', message: '' }, en)).toBe('other');
    expect(noticeLabel({ kind: 'closed', code: 4429, reason: '' }, en)).toBe(
      'The server closed the connection (4429).',
    );
    expect(noticeLabel({ kind: 'closed', code: 4500, reason: 'disk' }, fr)).toBe(
      'Le serveur a fermé la connexion (4500)\u00a0: disk',
    );
  });
});
