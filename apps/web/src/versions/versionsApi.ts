import type { Board, BoardDiff } from '@isf/framework';
import { restRequest } from './restRequest';

/** How a version came to be. */
export type VersionKind = 'manual' | 'auto' | 'before-restore';

/** A stored version of a board (without its content). */
export interface VersionInfo {
  id: string;
  label: string;
  note: string;
  author: string;
  kind: VersionKind;
  createdAt: string;
}

/** `current` (the live board) or a version id. */
export type VersionRef = 'current' | (string & {});

const base = (boardId: string): string => `/boards/${encodeURIComponent(boardId)}`;

/** The board's versions (`GET /api/boards/:id/versions`), newest first. */
export async function listVersions(boardId: string, token: string | null): Promise<VersionInfo[]> {
  const res = await restRequest<{ versions: VersionInfo[] }>('GET', `${base(boardId)}/versions`, {
    token,
  });
  return [...res.versions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** Saves the current board as a named version. */
export async function saveVersion(
  boardId: string,
  token: string | null,
  input: { label: string; note: string; author: string },
): Promise<VersionInfo> {
  const res = await restRequest<{ version: VersionInfo }>('POST', `${base(boardId)}/versions`, {
    token,
    body: { label: input.label, note: input.note, author: input.author || undefined },
  });
  return res.version;
}

/** One version's board content. */
export async function getVersionBoard(
  boardId: string,
  token: string | null,
  versionId: string,
): Promise<Board> {
  const res = await restRequest<{ board: Board }>(
    'GET',
    `${base(boardId)}/versions/${encodeURIComponent(versionId)}`,
    { token },
  );
  return res.board;
}

/** The server's semantic diff from one version (or `current`) to another. */
export async function getDiff(
  boardId: string,
  token: string | null,
  from: VersionRef,
  to: VersionRef,
): Promise<BoardDiff> {
  const q = new URLSearchParams({ from, to });
  const res = await restRequest<{ diff: BoardDiff }>('GET', `${base(boardId)}/diff?${q}`, {
    token,
  });
  return res.diff;
}

/** Restores a version on the live board; the server first keeps a "before restore" version. */
export async function restoreVersion(
  boardId: string,
  token: string | null,
  versionId: string,
  author: string,
): Promise<{ before: VersionInfo; diff: BoardDiff }> {
  return restRequest('POST', `${base(boardId)}/versions/${encodeURIComponent(versionId)}/restore`, {
    token,
    body: { author: author || undefined },
  });
}
