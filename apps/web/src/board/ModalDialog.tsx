import { memo, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalDialogProps {
  /** Id of the dialog's heading (its accessible name). */
  labelledBy: string;
  onClose?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>` (focus moves in and is kept inside, the page behind is inert, Escape
 * closes it when `onClose` is given).
 */
export const ModalDialog = memo(function ModalDialog({
  labelledBy,
  onClose,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose?.();
      }}
    >
      {children}
    </dialog>
  );
});
