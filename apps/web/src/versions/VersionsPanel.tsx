import { memo, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSession } from '../session/BoardSession';
import { CompareView, type Comparison } from './CompareView';
import { BoardPreview } from './BoardPreview';
import { RestoreDialog } from './RestoreDialog';
import { SaveVersionForm } from './SaveVersionForm';
import { VersionList } from './VersionList';
import { useVersions } from './useVersions';
import {
  getDiff,
  getVersionBoard,
  restoreVersion,
  saveVersion,
  type VersionInfo,
  type VersionRef,
} from './versionsApi';
import type { Board } from '@isf/framework';
import './versions.css';

type Viewer =
  | { mode: 'open'; version: VersionInfo; board: Board; seq: number }
  | { mode: 'compare'; comparison: Comparison; seq: number }
  | null;

/** A fresh key per opened view, so the preview canvas fits the new board. */
let viewerSeq = 0;

/**
 * Plan versions: save a named version, list them (manual, automatic, before-restore), open one
 * read-only, compare any two (or one with now) on a canvas and as a list, restore one after a
 * confirmation (everyone connected sees the restore live).
 */
export const VersionsPanel = memo(function VersionsPanel({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const { versions, error, token, refresh } = useVersions(session);
  const [viewer, setViewer] = useState<Viewer>(null);
  const [notice, setNotice] = useState('');
  const [restoring, setRestoring] = useState<VersionInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [from, setFrom] = useState<VersionRef>('');
  const [to, setTo] = useState<VersionRef>('current');
  const fromId = useId();
  const toId = useId();
  const boardId = session.boardId;
  const fail = (e: unknown) => setNotice(e instanceof Error ? e.message : String(e));
  const labelOf = useCallback(
    (ref: VersionRef) =>
      ref === 'current'
        ? t('versions:compare.now')
        : (versions.find((v) => v.id === ref)?.label ?? ref),
    [versions, t],
  );

  const onSave = async (label: string, note: string): Promise<boolean> => {
    try {
      await saveVersion(boardId, token, { label, note, author: session.self.name });
      setNotice(t('versions:save.done', { label }));
      await refresh();
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };
  const boardAt = (ref: VersionRef): Promise<Board> =>
    ref === 'current'
      ? Promise.resolve(session.store.read())
      : getVersionBoard(boardId, token, ref);
  const compare = async (a: VersionRef, b: VersionRef) => {
    if (!a || !b) return;
    setBusy(true);
    try {
      const [diff, before, after] = await Promise.all([
        getDiff(boardId, token, a, b),
        boardAt(a),
        boardAt(b),
      ]);
      setViewer({
        seq: ++viewerSeq,
        mode: 'compare',
        comparison: { diff, before, after, fromLabel: labelOf(a), toLabel: labelOf(b) },
      });
      setNotice('');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const open = async (version: VersionInfo) => {
    try {
      setViewer({
        seq: ++viewerSeq,
        mode: 'open',
        version,
        board: await getVersionBoard(boardId, token, version.id),
      });
      setNotice('');
    } catch (e) {
      fail(e);
    }
  };
  const confirmRestore = async () => {
    if (!restoring) return;
    setBusy(true);
    try {
      await restoreVersion(boardId, token, restoring.id, session.self.name);
      setNotice(t('versions:restore.done', { label: restoring.label }));
      setRestoring(null);
      setViewer(null);
      await refresh();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="view versions" aria-labelledby="versions-title">
      <header className="view__header">
        <h2 id="versions-title">{t('versions:title')}</h2>
        <p className="view__hint">{t('versions:hint')}</p>
      </header>
      <p role="status" className="view__notice">
        {notice || error}
      </p>
      <div className="versions__layout">
        <div className="versions__side">
          {!session.readOnly && <SaveVersionForm disabled={session.readOnly} onSave={onSave} />}
          <form
            className="versions__compare"
            aria-label={t('versions:compare.title')}
            onSubmit={(e) => {
              e.preventDefault();
              void compare(from, to);
            }}
          >
            <h3>{t('versions:compare.title')}</h3>
            <label htmlFor={fromId}>{t('versions:compare.from')}</label>
            <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">{t('versions:compare.pick')}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
              <option value="current">{t('versions:compare.now')}</option>
            </select>
            <label htmlFor={toId}>{t('versions:compare.to')}</label>
            <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
              <option value="current">{t('versions:compare.now')}</option>
            </select>
            <button type="submit" className="button" disabled={!from || busy}>
              {t('versions:compare.submit')}
            </button>
          </form>
          <div className="versions__list-head">
            <h3>{t('versions:list.title')}</h3>
            <button type="button" className="button button--quiet" onClick={() => void refresh()}>
              {t('versions:list.refresh')}
            </button>
          </div>
          <VersionList
            versions={versions}
            canRestore={!session.readOnly}
            onOpen={(v) => void open(v)}
            onCompareWithNow={(v) => {
              setFrom(v.id);
              setTo('current');
              void compare(v.id, 'current');
            }}
            onRestore={setRestoring}
          />
        </div>
        <div className="versions__main">
          {viewer?.mode === 'open' && (
            <section aria-labelledby="version-open-title" className="versions__viewer">
              <div className="versions__viewer-head">
                <h3 id="version-open-title">
                  {t('versions:open.title', { label: viewer.version.label })}
                </h3>
                <span className="kind-badge">{t('versions:open.readOnly')}</span>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setViewer(null)}
                >
                  {t('common:close')}
                </button>
              </div>
              <BoardPreview
                key={viewer.seq}
                board={viewer.board}
                label={t('versions:open.canvasLabel', { label: viewer.version.label })}
              />
            </section>
          )}
          {viewer?.mode === 'compare' && (
            <CompareView
              key={viewer.seq}
              comparison={viewer.comparison}
              onClose={() => setViewer(null)}
            />
          )}
          {viewer === null && <p className="view__empty">{t('versions:viewerEmpty')}</p>}
        </div>
      </div>
      {restoring && (
        <RestoreDialog
          version={restoring}
          busy={busy}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
});
