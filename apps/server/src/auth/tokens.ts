import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { LinkRecord, Storage } from '../storage/Storage';

/** Bytes of randomness in a link token (256 bits; the contract asks for at least 128). */
const TOKEN_BYTES = 32;

/** Generates a new link token: 32 random bytes from `node:crypto`, base64url (43 characters). */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 of a token, as lowercase hex. Only this hash is ever stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Generates a random, URL-safe identifier (board, link and version ids): `bytes` random bytes in
 * base64url; the default 12 bytes give 16 characters and 96 bits.
 */
export function generateId(bytes = 12): string {
  return randomBytes(bytes).toString('base64url');
}

/** Compares two hex SHA-256 digests in constant time. */
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  if (left.length !== 32 || right.length !== 32) return false;
  return timingSafeEqual(left, right);
}

/**
 * Resolves a link token for a board: hashes the token, looks the hash up, compares it in constant
 * time and checks that the link belongs to `boardId` and is not revoked. Returns the link, or
 * `null` for a missing, unknown, revoked or other-board token. Used by the REST API and the relay.
 */
export async function resolveLink(
  storage: Storage,
  boardId: string,
  token: string | undefined,
): Promise<LinkRecord | null> {
  const link = await findActiveLink(storage, token);
  if (link === null || link.boardId !== boardId) return null;
  return link;
}

/**
 * Resolves a link token without a board: the active (not revoked) link it opens, or `null`.
 * Used to tell "valid token of another board" (403) from "bad token" (401), and to list boards.
 */
export async function findActiveLink(
  storage: Storage,
  token: string | undefined,
): Promise<LinkRecord | null> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 512) return null;
  const hash = hashToken(token);
  const link = await storage.findLinkByTokenHash(hash);
  if (link === null || !sameHash(link.tokenHash, hash)) return null;
  if (link.revokedAt !== null) return null;
  return link;
}
