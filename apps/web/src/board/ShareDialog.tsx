import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { createLink, listLinks, revokeLink } from '../api/apiClient';
import type { CreatedLink, LinkRole, ShareLink } from '../api/apiClient';
import { ModalDialog } from './ModalDialog';

interface ShareDialogProps {
  boardId: string;
  token: string;
  onClose(): void;
}

const ROLE_LABEL: Record<LinkRole, string> = { owner: 'Owner', editor: 'Editor', viewer: 'Viewer' };

/** The owner's share links: create an editor or viewer link, copy it, list and revoke links. */
export const ShareDialog = memo(function ShareDialog({
  boardId,
  token,
  onClose,
}: ShareDialogProps) {
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
      <h2 id={`${id}-title`}>Share this board</h2>
      <p className="muted">
        Anyone with a link can open the board with its role. Revoke a link to shut it.
      </p>
      <div className="row">
        <button type="button" onClick={() => onCreate('editor')}>
          Create editor link
        </button>
        <button type="button" onClick={() => onCreate('viewer')}>
          Create viewer link
        </button>
      </div>
      {created && (
        <div className="share-dialog__new">
          <label htmlFor={`${id}-url`}>New {ROLE_LABEL[created.role].toLowerCase()} link</label>
          <div className="row">
            <input
              ref={urlRef}
              id={`${id}-url`}
              readOnly
              value={created.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={onCopy}>
              Copy link
            </button>
          </div>
          <p className="muted" role="status">
            {copied ? 'Copied.' : 'This link is shown only now: copy it before closing.'}
          </p>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <h3>Links</h3>
      {links === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="links-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <td>{ROLE_LABEL[link.role]}</td>
                <td>{new Date(link.createdAt).toLocaleString()}</td>
                <td>{link.revokedAt ? 'Revoked' : 'Active'}</td>
                <td>
                  {!link.revokedAt && (
                    <button
                      type="button"
                      className="button--quiet"
                      aria-label={`Revoke ${ROLE_LABEL[link.role].toLowerCase()} link created ${new Date(link.createdAt).toLocaleString()}`}
                      onClick={() => onRevoke(link.id)}
                    >
                      Revoke
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
          Close
        </button>
      </div>
    </ModalDialog>
  );
});
