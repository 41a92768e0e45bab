import type { Board } from '@isf/framework';
import { BoardStore, boardFromVersion, writeBoard } from '@isf/crdt';
import type { FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import { generateId, generateToken, hashToken } from '../auth/tokens';
import type { LinkRecord } from '../storage/Storage';
import type { ApiContext } from './context';
import { linkUrl, nowIso } from './context';
import { notFound } from './errors';

/** The origin of transactions the REST API makes on live docs (restore, rename). */
export const API_ORIGIN = { source: 'rest-api' } as const;

/** What `POST /boards` and `POST /import` answer. */
export interface CreatedBoard {
  board: { id: string; title: string };
  link: { id: string; role: 'owner'; token: string; url: string; createdAt: string };
}

/**
 * Stores a new board holding `board` (a framework Board): builds its Y.Doc with `writeBoard`, and
 * creates the board record, its first state and its owner link in one storage transaction.
 */
export async function createBoardFrom(
  ctx: ApiContext,
  request: FastifyRequest,
  board: Board,
): Promise<CreatedBoard> {
  const doc = new Y.Doc();
  try {
    writeBoard(doc, board, API_ORIGIN);
    const update = Y.encodeStateAsUpdate(doc);
    const now = nowIso(ctx);
    const id = generateId();
    const token = generateToken();
    const owner: LinkRecord = {
      id: generateId(),
      boardId: id,
      role: 'owner',
      tokenHash: hashToken(token),
      createdAt: now,
      revokedAt: null,
    };
    const title = board.meta.title;
    await ctx.storage.createBoard({ id, title, createdAt: now, updatedAt: now }, update, owner);
    return {
      board: { id, title },
      link: {
        id: owner.id,
        role: 'owner',
        token,
        url: linkUrl(ctx, request, id, token),
        createdAt: now,
      },
    };
  } finally {
    doc.destroy();
  }
}

/** The board's current content (from the live room if open, else storage). */
export async function readCurrentBoard(ctx: ApiContext, boardId: string): Promise<Board> {
  return boardFromVersion(await ctx.rooms.readState(boardId));
}

/** A board at `ref`: `current`, or the content of one of its versions (404 if unknown). */
export async function readBoardAt(ctx: ApiContext, boardId: string, ref: string): Promise<Board> {
  if (ref === 'current') return readCurrentBoard(ctx, boardId);
  const found = await ctx.storage.getVersion(boardId, ref);
  if (found === null) throw notFound('version-not-found', `Version ${ref} does not exist`);
  return boardFromVersion(found.state);
}

/** Sets the board title in a doc's `meta` (crdt command `meta.update`) so connected clients see it. */
export function setDocTitle(doc: Y.Doc, title: string): void {
  const store = new BoardStore(doc, { origin: API_ORIGIN });
  try {
    const result = store.run({ type: 'meta.update', title });
    if (!result.ok) throw new Error(`meta.update refused: ${result.message}`);
  } finally {
    store.destroy();
  }
}
