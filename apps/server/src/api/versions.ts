import { diffBoards } from '@isf/framework';
import { boardFromVersion, restoreVersion } from '@isf/crdt';
import * as Y from 'yjs';
import { z } from 'zod';
import { generateId } from '../auth/tokens';
import type { VersionRecord } from '../storage/Storage';
import { authorize } from './access';
import { API_ORIGIN, readBoardAt } from './boardState';
import type { ApiContext, ApiInstance } from './context';
import { nowIso } from './context';
import { notFound } from './errors';
import {
  BoardDiffSchema,
  BoardParams,
  BoardSchema,
  CreateVersionBody,
  DiffQuery,
  RestoreBody,
  VersionParams,
  VersionSchema,
  boardErrors,
} from './schemas';

const ANONYMOUS = 'Anonymous';

/** Versions: list, create, get, diff, restore. */
export async function versionRoutes(app: ApiInstance, ctx: ApiContext): Promise<void> {
  app.get(
    '/boards/:id/versions',
    {
      schema: {
        tags: ['versions'],
        summary: 'The board’s versions (manual, automatic and before-restore)',
        params: BoardParams,
        response: { 200: z.object({ versions: z.array(VersionSchema) }), ...boardErrors },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'read');
      return { versions: await ctx.storage.listVersions(board.id) };
    },
  );

  app.post(
    '/boards/:id/versions',
    {
      schema: {
        tags: ['versions'],
        summary: 'Save the current state as a named version (owner or editor)',
        params: BoardParams,
        body: CreateVersionBody,
        response: { 201: z.object({ version: VersionSchema }), ...boardErrors },
      },
    },
    async (request, reply) => {
      const { board } = await authorize(ctx, request, request.params.id, 'version');
      const state = await ctx.rooms.readState(board.id);
      const version: VersionRecord = {
        id: generateId(),
        boardId: board.id,
        label: request.body.label,
        note: request.body.note ?? '',
        author: request.body.author ?? ANONYMOUS,
        kind: 'manual',
        createdAt: nowIso(ctx),
      };
      await ctx.storage.createVersion(version, state);
      return reply.code(201).send({ version });
    },
  );

  app.get(
    '/boards/:id/versions/:versionId',
    {
      schema: {
        tags: ['versions'],
        summary: 'One version with its board content',
        params: VersionParams,
        response: { 200: z.object({ version: VersionSchema, board: BoardSchema }), ...boardErrors },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'read');
      const found = await ctx.storage.getVersion(board.id, request.params.versionId);
      if (found === null) {
        throw notFound('version-not-found', `Version ${request.params.versionId} does not exist`);
      }
      return { version: found.version, board: boardFromVersion(found.state) };
    },
  );

  app.get(
    '/boards/:id/diff',
    {
      schema: {
        tags: ['versions'],
        summary: 'The semantic diff between two versions, or a version and the current board',
        params: BoardParams,
        querystring: DiffQuery,
        response: {
          200: z.object({ from: z.string(), to: z.string(), diff: BoardDiffSchema }),
          ...boardErrors,
        },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'read');
      const { from, to } = request.query;
      const [before, after] = await Promise.all([
        readBoardAt(ctx, board.id, from),
        readBoardAt(ctx, board.id, to),
      ]);
      return { from, to, diff: diffBoards(before, after) };
    },
  );

  app.post(
    '/boards/:id/versions/:versionId/restore',
    {
      schema: {
        tags: ['versions'],
        summary: 'Restore a version as a forward change every connected client sees live',
        description:
          'First stores the current state as a version of kind `before-restore`, then applies the restore in the live room. Answers that version and the diff the restore applied.',
        params: VersionParams,
        body: RestoreBody,
        response: {
          200: z.object({ before: VersionSchema, diff: BoardDiffSchema }),
          ...boardErrors,
        },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'restore');
      const target = await ctx.storage.getVersion(board.id, request.params.versionId);
      if (target === null) {
        throw notFound('version-not-found', `Version ${request.params.versionId} does not exist`);
      }
      const targetBoard = boardFromVersion(target.state);
      const before: VersionRecord = {
        id: generateId(),
        boardId: board.id,
        label: `Before restoring “${target.version.label}”`,
        note: `Automatically saved before restoring version ${target.version.id}`,
        author: request.body?.author ?? ANONYMOUS,
        kind: 'before-restore',
        createdAt: nowIso(ctx),
      };
      const diff = await ctx.rooms.withRoom(board.id, async (doc) => {
        // The state before the restore is on disk before the restore touches the live doc.
        await ctx.storage.createVersion(before, Y.encodeStateAsUpdate(doc));
        return restoreVersion(doc, targetBoard, API_ORIGIN);
      });
      return { before, diff };
    },
  );
}
