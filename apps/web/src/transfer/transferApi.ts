import { MessageParamsSchema, type MessageParams } from '@isf/framework';
import { ApiRequestError } from '../api/apiClient';
import type { CreatedLink } from '../api/apiClient';
import { restRequest } from '../versions/restRequest';

/**
 * One problem found in an import file (a row or a JSON path, and what is wrong): the English
 * `message`, and the framework's `code` + `params` when the server sent them (for translation).
 */
export interface ImportIssue {
  path: string;
  message: string;
  row?: number;
  column?: string;
  code?: string;
  params?: MessageParams;
}

/** An import the server refused (422), with its row-level issues. */
export class ImportRejected extends Error {
  override readonly name = 'ImportRejected';
  constructor(
    message: string,
    readonly issues: ImportIssue[],
  ) {
    super(message);
  }
}

/** Downloads the board as JSON or CSV (`GET /api/boards/:id/export.json|csv`). */
export async function fetchExport(
  boardId: string,
  token: string | null,
  format: 'json' | 'csv',
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/export.${format}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch (_error) {
    throw new ApiRequestError(0, 'network', 'The server cannot be reached. Check your connection.');
  }
  if (!response.ok) {
    throw new ApiRequestError(
      response.status,
      `http-${response.status}`,
      `Export failed (${response.status})`,
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `isf-board.${format}`;
  return { blob: await response.blob(), filename };
}

function issuesOf(value: unknown): ImportIssue[] {
  if (!Array.isArray(value)) return [];
  return value.map((x: unknown) => {
    const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const path = Array.isArray(r.path) ? r.path.join('.') : String(r.path ?? '');
    const issue: ImportIssue = { path, message: String(r.message ?? '') };
    if (typeof r.row === 'number') issue.row = r.row;
    if (typeof r.column === 'string') issue.column = r.column;
    const params = MessageParamsSchema.safeParse(r.params ?? {});
    if (typeof r.code === 'string' && params.success) {
      issue.code = r.code;
      issue.params = params.data;
    }
    return issue;
  });
}

/** Imports a JSON or CSV file into a new board (`POST /api/import`); 422 → {@link ImportRejected}. */
export async function importBoardFile(
  text: string,
  format: 'json' | 'csv',
  title?: string,
): Promise<{ board: { id: string; title: string }; link: CreatedLink }> {
  const q = title ? `?${new URLSearchParams({ title })}` : '';
  try {
    return await restRequest('POST', `/import${q}`, {
      token: null,
      rawBody: text,
      contentType: format === 'json' ? 'application/json' : 'text/csv',
    });
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 422) {
      throw new ImportRejected(
        e.message,
        issuesOf((e as ApiRequestError & { issues?: unknown }).issues),
      );
    }
    throw e;
  }
}

/** The import format of a file, by its name (then its type); null if neither JSON nor CSV. */
export function importFormat(file: Pick<File, 'name' | 'type'>): 'json' | 'csv' | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  return null;
}
