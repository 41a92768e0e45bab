import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message shown near the pointer (e.g. why a connection was refused). */
export interface Notice {
  text: string;
  /** Position relative to the canvas container (px), or null to show it at the top. */
  at: { x: number; y: number } | null;
  seq: number;
}

/** How long a notice stays (ms). */
export const NOTICE_MS = 6000;

/** State of the in-place notice: `show(text, at)` replaces it, it clears itself after a while. */
export function useNotice(): {
  notice: Notice | null;
  show(text: string, at?: { x: number; y: number } | null): void;
  dismiss(): void;
} {
  const [notice, setNotice] = useState<Notice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const seq = useRef(0);
  const dismiss = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setNotice(null);
  }, []);
  const show = useCallback((text: string, at: { x: number; y: number } | null = null) => {
    if (timer.current !== null) clearTimeout(timer.current);
    seq.current += 1;
    setNotice({ text, at, seq: seq.current });
    timer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return { notice, show, dismiss };
}
