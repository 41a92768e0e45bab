/** Readable texts for the relay's notice codes (MESSAGE_NOTICE). */
const NOTICE_TEXTS: Record<string, string> = {
  'read-only': 'View only: your changes are not sent to the board.',
};

/**
 * Turns a relay notice payload (JSON `{ code, message }`) into the text to show; falls back to the
 * message, the code, or the raw payload for notices it does not know.
 */
export function noticeText(payload: string): string {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed === 'object' && parsed !== null) {
      const { code, message } = parsed as { code?: unknown; message?: unknown };
      if (typeof code === 'string' && NOTICE_TEXTS[code]) return NOTICE_TEXTS[code];
      if (typeof message === 'string' && message) return message;
      if (typeof code === 'string') return code;
    }
  } catch {
    // not JSON: show as is
  }
  return payload;
}
