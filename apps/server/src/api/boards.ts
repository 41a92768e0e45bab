import { TemplateSelectionError, analyzeBoard, createBoard, studyTemplate } from '@isf/framework';
import type { Board } from '@isf/framework';
import { z } from 'zod';
import { strongerRole } from '../auth/roles';
import type { LinkRole } from '../storage/Storage';
import { authenticate, authorize } from './access';
import { createBoardFrom, readCurrentBoard, setDocTitle } from './boardState';
import type { ApiContext, ApiInstance } from './context';
import { nowIso } from './context';
import { ApiError } from './errors';
import {
  BoardListItem,
  BoardParams,
  BoardSchema,
  BoardSummary,
  CreateBoardBody,
  ErrorSchema,
  FindingSchema,
  LinkWithToken,
  RenameBoardBody,
  RoleSchema,
  NoContent,
  boardErrors,
} from './schemas';

/** Close code sent to open sockets of a deleted board (`CLOSE_CODES` 4404). */
const CLOSE_BOARD_DELETED = 4404;

/** The board a `POST /boards` body asks for: a study template selection, or a blank board. */
function boardFromBody(body: z.infer<typeof CreateBoardBody>): Board {
  if (body.template === undefined) return createBoard(body.title ? { title: body.title } : {});
  let board: Board;
  try {
    board = studyTemplate(body.template);
  } catch (error) {
    if (error instanceof TemplateSelectionError) {
      throw new ApiError(
        400,
        'template-unknown-ids',
        `template: unknown study ids: ${error.unknownIds.join(', ')}`,
        error.unknownIds.map((id) => ({ path: 'template', message: `unknown study id ${id}` })),
      );
    }
    throw error;
  }
  return body.title ? { ...board, meta: { ...board.meta, title: body.title } } : board;
}

/** `POST/GET /boards`, `GET/PATCH/DELETE /boards/:id`. */
export async function boardRoutes(app: ApiInstance, ctx: ApiContext): Promise<void> {
  app.post(
    '/boards',
    {
      onRequest: ctx.createLimit,
      schema: {
        tags: ['boards'],
        summary: 'Create a board (blank or from the study template); answers its owner link',
        body: CreateBoardBody,
        response: {
          201: z.object({ board: BoardSummary, link: LinkWithToken }),
          400: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await createBoardFrom(ctx, request, boardFromBody(request.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/boards',
    {
      schema: {
        tags: ['boards'],
        summary: 'The boards the caller’s tokens open',
        description:
          'Send every token the browser holds: `Authorization: Bearer <t1>, <t2>, …`. Revoked or unknown tokens are skipped; 401 if none is valid. The role is the strongest of the caller’s links per board.',
        response: {
          200: z.object({ boards: z.array(BoardListItem) }),
          400: ErrorSchema,
          401: ErrorSchema,
          429: ErrorSchema,
        },
      },
    },
    async (request) => {
      const links = await authenticate(ctx, request);
      const roles = new Map<string, LinkRole>();
      for (const link of links) {
        const known = roles.get(link.boardId);
        roles.set(link.boardId, known ? strongerRole(known, link.role) : link.role);
      }
      const records = await ctx.storage.listBoards([...roles.keys()]);
      const boards = records
        .map((b) => ({
          id: b.id,
          title: b.title,
          role: roles.get(b.id) ?? 'viewer',
          updatedAt: b.updatedAt,
        }))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { boards };
    },
  );

  app.get(
    '/boards/:id',
    {
      schema: {
        tags: ['boards'],
        summary: 'The board’s current content and its analysis findings',
        params: BoardParams,
        response: {
          200: z.object({
            id: z.string(),
            role: RoleSchema,
            board: BoardSchema,
            findings: z.array(FindingSchema),
          }),
          ...boardErrors,
        },
      },
    },
    async (request) => {
      const { board: record, role } = await authorize(ctx, request, request.params.id, 'read');
      const board = await readCurrentBoard(ctx, record.id);
      const findings = analyzeBoard(board, { now: ctx.clock() });
      return { id: record.id, role, board, findings };
    },
  );

  app.patch(
    '/boards/:id',
    {
      schema: {
        tags: ['boards'],
        summary: 'Rename a board (owner or editor); connected clients see the new title live',
        params: BoardParams,
        body: RenameBoardBody,
        response: {
          200: z.object({ board: BoardSummary.extend({ updatedAt: z.string() }) }),
          ...boardErrors,
        },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'rename');
      const { title } = request.body;
      await ctx.rooms.withRoom(board.id, (doc) => setDocTitle(doc, title));
      const updatedAt = nowIso(ctx);
      await ctx.storage.renameBoard(board.id, title, updatedAt);
      return { board: { id: board.id, title, updatedAt } };
    },
  );

  app.delete(
    '/boards/:id',
    {
      schema: {
        tags: ['boards'],
        summary: 'Delete a board with its versions and links (owner only); closes its sockets',
        params: BoardParams,
        response: { 204: NoContent, ...boardErrors },
      },
    },
    async (request, reply) => {
      const { board } = await authorize(ctx, request, request.params.id, 'delete');
      await ctx.storage.deleteBoard(board.id);
      await ctx.rooms.closeBoard(board.id, CLOSE_BOARD_DELETED, 'board deleted');
      return reply.code(204).send(null);
    },
  );
}
