import { z } from 'zod';
import { generateId, generateToken, hashToken } from '../auth/tokens';
import type { LinkRecord } from '../storage/Storage';
import { authorize } from './access';
import type { ApiContext, ApiInstance } from './context';
import { linkUrl, nowIso } from './context';
import { ApiError, notFound } from './errors';
import {
  BoardParams,
  CreateLinkBody,
  ErrorSchema,
  LinkInfo,
  LinkParams,
  LinkWithToken,
  NoContent,
  UpdateLinkBody,
  boardErrors,
} from './schemas';

/**
 * Share links: create (editor/viewer), list (never tokens), change the role, revoke. Owner only.
 * Changing or revoking a link takes effect on its open sockets before the answer is sent.
 */
export async function linkRoutes(app: ApiInstance, ctx: ApiContext): Promise<void> {
  app.post(
    '/boards/:id/links',
    {
      schema: {
        tags: ['links'],
        summary: 'Create a share link (owner only); the token is shown only in this answer',
        params: BoardParams,
        body: CreateLinkBody,
        response: { 201: z.object({ link: LinkWithToken }), ...boardErrors },
      },
    },
    async (request, reply) => {
      const { board } = await authorize(ctx, request, request.params.id, 'links');
      const token = generateToken();
      const link: LinkRecord = {
        id: generateId(),
        boardId: board.id,
        role: request.body.role,
        tokenHash: hashToken(token),
        createdAt: nowIso(ctx),
        revokedAt: null,
      };
      await ctx.storage.createLink(link);
      return reply.code(201).send({
        link: {
          id: link.id,
          role: link.role,
          token,
          url: linkUrl(ctx, request, board.id, token),
          createdAt: link.createdAt,
        },
      });
    },
  );

  app.get(
    '/boards/:id/links',
    {
      schema: {
        tags: ['links'],
        summary: 'The board’s links, revoked ones included (owner only; never tokens)',
        params: BoardParams,
        response: { 200: z.object({ links: z.array(LinkInfo) }), ...boardErrors },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'links');
      const links = await ctx.storage.listLinks(board.id);
      return {
        links: links.map(({ id, role, createdAt, revokedAt }) => ({
          id,
          role,
          createdAt,
          revokedAt,
        })),
      };
    },
  );

  app.patch(
    '/boards/:id/links/:linkId',
    {
      schema: {
        tags: ['links'],
        summary: 'Change a share link’s role (owner only); its open sockets follow at once',
        description:
          'Downgrading to viewer makes the link’s open sockets read-only (their later updates are neither stored nor relayed; they get the read-only notice) before this answers. The owner link and revoked links cannot be changed (409).',
        params: LinkParams,
        body: UpdateLinkBody,
        response: { 200: z.object({ link: LinkInfo }), ...boardErrors, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { board } = await authorize(ctx, request, request.params.id, 'links');
      const { linkId } = request.params;
      const { role } = request.body;
      const target = (await ctx.storage.listLinks(board.id)).find((l) => l.id === linkId);
      if (!target) throw notFound('link-not-found', `Link ${linkId} does not exist`);
      if (target.role === 'owner') {
        throw new ApiError(409, 'owner-link', 'The owner link’s role cannot be changed');
      }
      if (target.revokedAt !== null) {
        throw new ApiError(409, 'link-revoked', 'A revoked link cannot be changed');
      }
      if (!(await ctx.storage.updateLinkRole(board.id, linkId, role))) {
        // Revoked (or gone) between the read and the write.
        throw new ApiError(409, 'link-revoked', 'A revoked link cannot be changed');
      }
      await ctx.rooms.refreshAccess(board.id);
      const { id, createdAt, revokedAt } = target;
      return { link: { id, role, createdAt, revokedAt } };
    },
  );

  app.delete(
    '/boards/:id/links/:linkId',
    {
      schema: {
        tags: ['links'],
        summary: 'Revoke a link (owner only); its open sockets are closed within a second',
        description:
          'The last active owner link cannot be revoked (409), so a board never loses its owner.',
        params: LinkParams,
        response: { 204: NoContent, ...boardErrors, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { board } = await authorize(ctx, request, request.params.id, 'links');
      const { linkId } = request.params;
      const links = await ctx.storage.listLinks(board.id);
      const target = links.find((l) => l.id === linkId);
      if (!target) throw notFound('link-not-found', `Link ${linkId} does not exist`);
      if (target.revokedAt === null && target.role === 'owner') {
        const owners = links.filter((l) => l.role === 'owner' && l.revokedAt === null);
        if (owners.length <= 1) {
          throw new ApiError(409, 'last-owner-link', 'The last owner link cannot be revoked');
        }
      }
      if (target.revokedAt === null) {
        await ctx.storage.revokeLink(board.id, linkId, nowIso(ctx));
      }
      await ctx.rooms.refreshAccess(board.id);
      return reply.code(204).send(null);
    },
  );
}
