import { formatMessage } from '../messages/messagesEn';
import type { MessageParams } from '../messages/DomainMessage';

/** One problem found while importing: where (a JSON path or a CSV row/column) and what. */
export interface ImportIssue {
  /** JSON path like `board.nodes[3].priority`, or `row 5, column priority` for CSV. */
  path: string;
  /** Message code, `import.<area>.<problem>` (English templates in `FRAMEWORK_MESSAGES_EN`). */
  code: string;
  /** Values of the message (ids, column names, allowed values, …). */
  params: MessageParams;
  /** The English text of `code` + `params`. */
  message: string;
  /** CSV only: 1-based row number (the header is row 1). */
  row?: number;
  /** CSV only: the column name. */
  column?: string;
}

/** Thrown by the importers; nothing is imported when it is thrown. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    const shown = issues
      .slice(0, 5)
      .map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`))
      .join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`Import failed: ${shown}${more}`);
    this.issues = issues;
  }
}

/** An issue whose English message comes from its code and params. */
export function importIssue(
  path: string,
  code: string,
  params: MessageParams = {},
  at: { row?: number; column?: string } = {},
): ImportIssue {
  return { path, code, params, message: formatMessage({ code, params }), ...at };
}

/** Formats a path (from zod or our own checks) as `board.nodes[3].priority`. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
