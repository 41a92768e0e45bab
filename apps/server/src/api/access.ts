import type { FastifyRequest } from 'fastify';
import type { BoardAction } from '../auth/roles';
import { can, minimumRole, strongerRole } from '../auth/roles';
import { findActiveLink } from '../auth/tokens';
import type { BoardRecord, LinkRecord, LinkRole } from '../storage/Storage';
import type { ApiContext } from './context';
import { ApiError, badRequest, forbidden, notFound, unauthorized } from './errors';

/** What {@link authorize} found: the board, the caller's strongest role on it and that link. */
export interface Access {
  board: BoardRecord;
  role: LinkRole;
  link: LinkRecord;
}

/**
 * The tokens of an `Authorization: Bearer <t1>[, <t2>, …]` header. Several tokens (comma-separated)
 * let one request speak for every link a browser holds (e.g. to list "my boards").
 */
export function bearerTokens(header: string | undefined): string[] {
  if (typeof header !== 'string') return [];
  const match = /^\s*Bearer\s+(.+)$/i.exec(header);
  if (!match?.[1]) return [];
  return match[1]
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

const ACTION_TEXT: Record<BoardAction, string> = {
  read: 'read this board',
  rename: 'rename this board',
  version: 'save versions',
  restore: 'restore versions',
  links: 'manage share links',
  delete: 'delete this board',
};

/** 429 once an IP has used up its failed authentications of the window. */
async function refuseIfLockedOut(ctx: ApiContext, request: FastifyRequest): Promise<void> {
  const status = await ctx.failedAuth(request, { increment: false });
  if (!status.isAllowed && status.remaining <= 0) {
    throw new ApiError(
      429,
      'rate-limited',
      `Too many failed authentications; retry in ${status.ttlInSeconds} s`,
      undefined,
      { 'retry-after': String(status.ttlInSeconds) },
    );
  }
}

/** Counts one failed authentication of the request's IP and returns the 401 to throw. */
async function failedAuthentication(
  ctx: ApiContext,
  request: FastifyRequest,
  message: string,
): Promise<ApiError> {
  await ctx.failedAuth(request);
  return unauthorized(message);
}

/**
 * The active links the request's bearer tokens open (any board). Throws 429 when the IP is locked
 * out, 400 for too many tokens, and 401 (counted as a failed authentication) when no token opens
 * anything.
 */
export async function authenticate(
  ctx: ApiContext,
  request: FastifyRequest,
): Promise<LinkRecord[]> {
  await refuseIfLockedOut(ctx, request);
  const tokens = bearerTokens(request.headers.authorization);
  if (tokens.length === 0) {
    throw await failedAuthentication(
      ctx,
      request,
      'Missing link token: send Authorization: Bearer <token>',
    );
  }
  if (tokens.length > ctx.limits.maxTokensPerRequest) {
    throw badRequest(`Too many tokens: at most ${ctx.limits.maxTokensPerRequest} per request`);
  }
  const found = await Promise.all([...new Set(tokens)].map((t) => findActiveLink(ctx.storage, t)));
  const links = found.filter((l): l is LinkRecord => l !== null);
  if (links.length === 0) {
    throw await failedAuthentication(ctx, request, 'The link token is invalid or was revoked');
  }
  return links;
}

/**
 * Checks that the request may perform `action` on board `boardId`. Order: 429 (locked out) → 401
 * (no or bad token) → 404 (no such board, for an authenticated caller) → 403 (token of another board,
 * or role too weak). With several tokens the strongest role on this board counts.
 */
export async function authorize(
  ctx: ApiContext,
  request: FastifyRequest,
  boardId: string,
  action: BoardAction,
): Promise<Access> {
  const links = await authenticate(ctx, request);
  const board = await ctx.storage.getBoard(boardId);
  if (board === null) throw notFound('board-not-found', `Board ${boardId} does not exist`);
  let best: LinkRecord | undefined;
  for (const link of links) {
    if (link.boardId !== boardId) continue;
    if (!best || strongerRole(best.role, link.role) !== best.role) best = link;
  }
  if (!best) throw forbidden('This link does not open this board');
  if (!can(best.role, action)) {
    throw forbidden(
      `A ${best.role} link cannot ${ACTION_TEXT[action]}; it needs a ${minimumRole(action)} link`,
    );
  }
  return { board, role: best.role, link: best };
}
