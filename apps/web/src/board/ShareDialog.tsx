import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createLink, listLinks, revokeLink } from '../api/apiClient';
import type { CreatedLink, LinkRole, ShareLink } from '../api/apiClient';
import { formatDateTime } from '../app/formatDate';
import { roleLabel } from '../app/roleLabel';
import { ModalDialog } from './ModalDialog';

interface ShareDialogProps {
  boardId: string;
  token: string;
  onClose(): void;
}

/** The label of a link just created, by role. */
function newLinkLabel(t: TFunction, role: LinkRole): string {
  switch (role) {
    case 'owner':
      return t('board:share.new.owner');
    case 'editor':
      return t('board:share.new.editor');
    case 'viewer':
      return t('board:share.new.viewer');
  }
}

/** The accessible name of a link's Revoke button: its role and when it was created. */
function revokeLabel(t: TFunction, role: LinkRole, date: string): string {
  switch (role) {
    case 'owner':
      return t('board:share.revokeLabel.owner', { date });
    case 'editor':
      return t('board:share.revokeLabel.editor', { date });
    case 'viewer':
      return t('board:share.revokeLabel.viewer', { date });
  }
}

/** The owner's share links: create an editor or viewer link, copy it, list and revoke links. */
export const ShareDialog = memo(function ShareDialog({
  boardId,
  token,
  onClose,
}: ShareDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const refresh = useCallback(() => {
    listLinks(boardId, token).then(setLinks, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [boardId, token]);
  useEffect(refresh, [refresh]);

  const onCreate = useCallback(
    (role: 'editor' | 'viewer') => {
      setError(null);
      setCopied(false);
      createLink(boardId, token, role).then(
        (link) => {
          setCreated(link);
          refresh();
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    },
    [boardId, token, refresh],
  );
  const onRevoke = useCallback(
    (linkId: string) => {
      setError(null);
      revokeLink(boardId, token, linkId).then(refresh, (e: unknown) =>
        setError(e instanceof Error ? e.message : String(e)),
      );
    },
    [boardId, token, refresh],
  );
  const urlRef = useRef<HTMLInputElement>(null);
  const onCopy = useCallback(() => {
    if (!created) return;
    // The Clipboard API needs a secure context (https or localhost); otherwise select the text
    // so that Ctrl+C copies it.
    const selectForManualCopy = (): void => {
      urlRef.current?.focus();
      urlRef.current?.select();
      setCopied(false);
    };
    if (!navigator.clipboard) {
      selectForManualCopy();
      return;
    }
    navigator.clipboard.writeText(created.url).then(() => setCopied(true), selectForManualCopy);
  }, [created]);

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="share-dialog">
      <h2 id={`${id}-title`}>{t('board:share.title')}</h2>
      <p className="muted">{t('board:share.hint')}</p>
      <div className="row">
        <button type="button" onClick={() => onCreate('editor')}>
          {t('board:share.createEditor')}
        </button>
        <button type="button" onClick={() => onCreate('viewer')}>
          {t('board:share.createViewer')}
        </button>
      </div>
      {created && (
        <div className="share-dialog__new">
          <label htmlFor={`${id}-url`}>{newLinkLabel(t, created.role)}</label>
          <div className="row">
            <input
              ref={urlRef}
              id={`${id}-url`}
              readOnly
              value={created.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={onCopy}>
              {t('board:share.copy')}
            </button>
          </div>
          <p className="muted" role="status">
            {copied ? t('board:share.copied') : t('board:share.onlyNow')}
          </p>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('board:share.links')}</h3>
      {links === null ? (
        <p className="muted">{t('board:share.loading')}</p>
      ) : (
        <table className="links-table">
          <thead>
            <tr>
              <th scope="col">{t('board:share.column.role')}</th>
              <th scope="col">{t('board:share.column.created')}</th>
              <th scope="col">{t('board:share.column.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('board:share.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <td>{roleLabel(t, link.role)}</td>
                <td>{formatDateTime(link.createdAt, language)}</td>
                <td>{link.revokedAt ? t('board:share.revoked') : t('board:share.active')}</td>
                <td>
                  {!link.revokedAt && (
                    <button
                      type="button"
                      className="button--quiet"
                      aria-label={revokeLabel(
                        t,
                        link.role,
                        formatDateTime(link.createdAt, language),
                      )}
                      onClick={() => onRevoke(link.id)}
                    >
                      {t('board:share.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </ModalDialog>
  );
});
