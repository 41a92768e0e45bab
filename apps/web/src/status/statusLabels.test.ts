import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../session/BoardSession';
import { statusLabels } from './statusLabels';

const base: SyncStatus = { connection: 'online', saved: true, localLoaded: true, notice: null };

describe('statusLabels', () => {
  it('says Online and Saved when everything is confirmed', () => {
    expect(statusLabels(base, false)).toEqual({ connection: 'Online', saved: 'Saved', tone: 'ok' });
  });
  it('says Saving… while online with unconfirmed changes', () => {
    expect(statusLabels({ ...base, saved: false }, false).saved).toBe('Saving…');
  });
  it('says changes are kept on this device while offline', () => {
    const labels = statusLabels({ ...base, connection: 'offline', saved: false }, false);
    expect(labels.connection).toBe('Offline');
    expect(labels.saved).toMatch(/kept on this device/);
    expect(labels.tone).toBe('warn');
  });
  it('shows no save state to viewers', () => {
    expect(statusLabels(base, true).saved).toBeNull();
  });
  it('is an error when the relay closed for good', () => {
    expect(statusLabels({ ...base, connection: 'offline', notice: 'revoked' }, false).tone).toBe(
      'error',
    );
  });
  it('says Reconnecting…', () => {
    expect(statusLabels({ ...base, connection: 'reconnecting' }, false).connection).toBe(
      'Reconnecting…',
    );
  });
});
