/** Readable texts for the relay's notice codes (MESSAGE_NOTICE). */
const NOTICE_TEXTS: Record<string, string> = {
  'read-only': 'View only: your changes are not sent to the board.',
};

/** A relay notice: its code (null when the payload is not the expected JSON) and what to show. */
export interface ParsedNotice {
  code: string | null;
  text: string;
}

/**
 * Reads a relay notice payload (JSON `{ code, message }`): known codes get our own wording, others
 * fall back to the message, the code, or the raw payload.
 */
export function parseNotice(payload: string): ParsedNotice {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed === 'object' && parsed !== null) {
      const { code, message } = parsed as { code?: unknown; message?: unknown };
      const c = typeof code === 'string' ? code : null;
      if (c !== null && NOTICE_TEXTS[c]) return { code: c, text: NOTICE_TEXTS[c] };
      if (typeof message === 'string' && message) return { code: c, text: message };
      if (c !== null) return { code: c, text: c };
    }
  } catch {
    // not JSON: show as is
  }
  return { code: null, text: payload };
}

/** The text to show for a relay notice payload (see {@link parseNotice}). */
export function noticeText(payload: string): string {
  return parseNotice(payload).text;
}
