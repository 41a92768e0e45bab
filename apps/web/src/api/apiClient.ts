import { i18next } from '../i18n/i18n';

/** Role of a share link. */
export type LinkRole = 'owner' | 'editor' | 'viewer';

/** A board as the REST API lists it (`GET /api/boards`). */
export interface BoardSummary {
  id: string;
  title: string;
  /** The strongest role the caller's tokens give on this board. */
  role: LinkRole;
  updatedAt: string;
}

/** A share link as the owner sees it (the token itself is only shown once, on creation). */
export interface ShareLink {
  id: string;
  role: LinkRole;
  createdAt: string;
  revokedAt: string | null;
}

/** A link just created: with its token and the full URL `<origin>/b/<boardId>#token=<token>`. */
export interface CreatedLink {
  id: string;
  role: LinkRole;
  token: string;
  url: string;
  createdAt: string;
}

/** Which parts of the study's generic framework a new board starts from. */
export interface TemplateChoice {
  objectives?: string[];
  outputs?: string[];
}

/** An error answer of the REST API (`{ error: { code, message } }`) or a network failure (status 0). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Error codes of the server the app words itself (`app:error.code.<code>`). */
export const KNOWN_ERROR_CODES = [
  'import-invalid',
  'owner-link',
  'link-revoked',
  'last-owner-link',
  'unsupported-media-type',
] as const;

/**
 * What to tell the user about an error answer, in the current UI language: our own wording for the
 * statuses and error codes we know, else the server's message (which is in English) after a
 * translated lead-in.
 */
export function apiErrorMessage(
  status: number,
  serverMessage: string | null,
  code: string | null = null,
): string {
  if (status === 0) return i18next.t('app:error.network');
  if (status === 401) return i18next.t('app:error.unauthorized');
  if (status === 403) return i18next.t('app:error.forbidden');
  if (status === 404) return i18next.t('app:error.notFound');
  if (status === 413) return i18next.t('app:error.tooLarge');
  if (status === 429) return i18next.t('app:error.tooMany');
  if (status >= 500) return i18next.t('app:error.server', { status });
  const known = KNOWN_ERROR_CODES.find((c) => c === code);
  if (known !== undefined) return i18next.t(`app:error.code.${known}`);
  if (serverMessage) return i18next.t('app:error.rejected', { message: serverMessage });
  return i18next.t('app:error.request', { status });
}

/** Options of {@link apiRequest}. */
export interface ApiRequestOptions {
  token?: string | null;
  /** A JSON body (serialized here). */
  body?: unknown;
  /** A body sent as is (e.g. a CSV file), with `contentType` (default JSON). */
  rawBody?: string;
  contentType?: string;
}

/**
 * A request to the REST API with an optional bearer token, answering the parsed JSON body or
 * throwing an {@link ApiRequestError} worded for the user (with the server's `issues`, if any).
 */
export async function apiRequest<T>(
  method: string,
  path: string,
  options: ApiRequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body });
  } catch (_error) {
    throw new ApiRequestError(0, 'network', apiErrorMessage(0, null));
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const err = (json as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)
      ?.error;
    const error = new ApiRequestError(
      response.status,
      typeof err?.code === 'string' ? err.code : 'http-' + response.status,
      apiErrorMessage(
        response.status,
        typeof err?.message === 'string' ? err.message : null,
        typeof err?.code === 'string' ? err.code : null,
      ),
    );
    throw Object.assign(error, { issues: err?.issues });
  }
  return json as T;
}

/**
 * Creates a board: blank (`template` absent), or from the study template scoped to `template`
 * (`{}` = the whole study). Returns the board and its owner link.
 */
export async function createBoard(input: {
  title?: string;
  template?: TemplateChoice;
}): Promise<{ board: { id: string; title: string }; link: CreatedLink }> {
  return apiRequest('POST', '/boards', { body: input });
}

/** The boards the given tokens open (one request, tokens comma-separated; at most 200). */
export async function listBoards(tokens: string[]): Promise<BoardSummary[]> {
  if (tokens.length === 0) return [];
  try {
    const res = await apiRequest<{ boards: BoardSummary[] }>('GET', '/boards', {
      token: tokens.slice(0, 200).join(', '),
    });
    return res.boards;
  } catch (error) {
    // No token opens anything any more (all revoked or boards deleted).
    if (error instanceof ApiRequestError && error.status === 401) return [];
    throw error;
  }
}

/**
 * The caller's role on one board and its title. Uses the light board list (`GET /api/boards` with
 * this one token) rather than `GET /api/boards/:id`, which carries the whole board and findings —
 * a lot to fetch over a field link just to learn the role. A 403 error when the token does not open
 * this board (unknown, revoked, another board's, or the board was deleted).
 */
export async function getBoardAccess(
  boardId: string,
  token: string,
): Promise<{ id: string; role: LinkRole; title: string }> {
  const boards = await listBoards([token]);
  const board = boards.find((b) => b.id === boardId);
  if (!board) {
    throw new ApiRequestError(403, 'forbidden', i18next.t('app:error.noAccess'));
  }
  return { id: board.id, role: board.role, title: board.title };
}

/** The board's share links (owner only; tokens are never listed). */
export async function listLinks(boardId: string, token: string): Promise<ShareLink[]> {
  const res = await apiRequest<{ links: ShareLink[] }>(
    'GET',
    `/boards/${encodeURIComponent(boardId)}/links`,
    { token },
  );
  return res.links;
}

/** Creates an editor or viewer link (owner only); its token is returned only now. */
export async function createLink(
  boardId: string,
  token: string,
  role: 'editor' | 'viewer',
): Promise<CreatedLink> {
  const res = await apiRequest<{ link: CreatedLink }>(
    'POST',
    `/boards/${encodeURIComponent(boardId)}/links`,
    { token, body: { role } },
  );
  return res.link;
}

/** Revokes a share link (owner only); the relay closes its open connections (4403). */
export async function revokeLink(boardId: string, token: string, linkId: string): Promise<void> {
  await apiRequest(
    'DELETE',
    `/boards/${encodeURIComponent(boardId)}/links/${encodeURIComponent(linkId)}`,
    { token },
  );
}
