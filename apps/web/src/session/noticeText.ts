/** A relay notice: its code (null when the payload is not the expected JSON) and its message. */
export interface ParsedNotice {
  code: string | null;
  /** The relay's own text (English), or the raw payload when it is not JSON; may be empty. */
  message: string;
}

/**
 * Reads a relay notice payload (JSON `{ code, message }`, MESSAGE_NOTICE). The UI words known
 * codes itself (`status/noticeLabel.ts`) and falls back to the message, then the code.
 */
export function parseNotice(payload: string): ParsedNotice {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed === 'object' && parsed !== null) {
      const { code, message } = parsed as { code?: unknown; message?: unknown };
      return {
        code: typeof code === 'string' ? code : null,
        message: typeof message === 'string' ? message : '',
      };
    }
  } catch {
    // not JSON: show as is
  }
  return { code: null, message: payload };
}
