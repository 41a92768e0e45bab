import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getBoardToken } from '../app/tokenStore';
import type { BoardSession } from '../session/BoardSession';
import { PrintMatrix } from '../print/PrintMatrix';
import { downloadFile, fileSlug } from './downloadFile';
import { canvasToPng } from './canvasToPng';
import { ImportDialog } from './ImportDialog';
import { fetchExport } from './transferApi';
import './transfer.css';

/** Props of {@link TransferMenu}. */
export interface TransferMenuProps {
  session: BoardSession;
  /** Shows the canvas tab and resolves with its panel element once the canvas is on the page. */
  showCanvas(): Promise<HTMLElement | null>;
}

/** How long an export notice stays (ms). */
const NOTICE_MS = 8000;

type Action = 'png' | 'json' | 'csv' | 'import' | 'print';
const ACTIONS: Action[] = ['png', 'json', 'csv', 'import', 'print'];

/**
 * Export and import: a menu button (WAI-ARIA menu pattern) with PNG of the canvas, JSON and CSV
 * downloads, import into a new board, and the print-friendly responsibility matrix.
 */
export const TransferMenu = memo(function TransferMenu({ session, showCanvas }: TransferMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'import' | 'print' | null>(null);
  const [notice, setNotice] = useState('');
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);
  // A notice is read out by the status region, then fades after a while.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(''), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || !button.current?.parentElement?.contains(e.target))
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const run = useCallback(
    async (action: Action) => {
      setOpen(false);
      button.current?.focus();
      const title = session.store.read().meta.title;
      try {
        if (action === 'png') {
          setNotice(t('transfer:png.working'));
          const panel = await showCanvas();
          const url = panel ? await canvasToPng(panel) : null;
          if (!url) {
            setNotice(t('transfer:png.empty'));
            return;
          }
          downloadFile(url, `isf-${fileSlug(title)}.png`);
          setNotice(t('transfer:png.done'));
        } else if (action === 'json' || action === 'csv') {
          const { blob, filename } = await fetchExport(
            session.boardId,
            getBoardToken(session.boardId),
            action,
          );
          downloadFile(blob, filename);
          setNotice(t('transfer:exported', { file: filename }));
        } else {
          setNotice('');
          setDialog(action);
        }
      } catch (e) {
        setNotice(t('transfer:failed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [session, showCanvas, t],
  );

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const index = items.current.findIndex((el) => el === document.activeElement);
    const focus = (i: number) => items.current[(i + ACTIONS.length) % ACTIONS.length]?.focus();
    if (e.key === 'ArrowDown') focus(index + 1);
    else if (e.key === 'ArrowUp') focus(index - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(ACTIONS.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
      return;
    } else return;
    e.preventDefault();
  };

  return (
    <div className="transfer-menu">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('transfer:menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          className="transfer-menu__list"
          aria-label={t('transfer:menu')}
          onKeyDown={onMenuKeyDown}
        >
          {ACTIONS.map((action, i) => (
            <li key={action} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => void run(action)}
              >
                {t(`transfer:action.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className="transfer-menu__notice">
        {notice}
      </span>
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
      {dialog === 'print' && <PrintMatrix session={session} onClose={() => setDialog(null)} />}
    </div>
  );
});
