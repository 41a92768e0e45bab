import { ImportError, exportCsv, exportJson, importCsv, importJson } from '@isf/framework';
import type { Board } from '@isf/framework';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from './access';
import { createBoardFrom, readCurrentBoard } from './boardState';
import type { ApiContext, ApiInstance } from './context';
import { ApiError } from './errors';
import {
  BoardParams,
  BoardSummary,
  ErrorSchema,
  ImportQuery,
  LinkWithToken,
  boardErrors,
} from './schemas';

const JSON_TYPES = ['application/json'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/comma-separated-values'];

/** A file name for an export: `isf-<title slug>.<ext>`, ASCII only. */
export function exportFileName(title: string, ext: 'json' | 'csv'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `isf-${slug || 'board'}.${ext}`;
}

/** `Content-Disposition` for a download, with an ASCII name and the UTF-8 title. */
function attachment(title: string, ext: 'json' | 'csv'): string {
  const ascii = exportFileName(title, ext);
  const utf8 = encodeURIComponent(`${title.trim() || 'board'}.${ext}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** Which importer a request body goes to, from its content type (text/plain is sniffed). */
function importFormat(request: FastifyRequest, text: string): 'json' | 'csv' {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (JSON_TYPES.includes(type)) return 'json';
  if (CSV_TYPES.includes(type)) return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Parses an import file into a Board; bad input becomes 422 `import-invalid` with its issues. */
function parseImport(format: 'json' | 'csv', text: string): Board {
  try {
    return format === 'json' ? importJson(text) : importCsv(text);
  } catch (error) {
    if (error instanceof ImportError) {
      throw new ApiError(422, 'import-invalid', error.message, error.issues);
    }
    if (error instanceof SyntaxError) {
      throw new ApiError(422, 'import-invalid', `The file is not valid ${format.toUpperCase()}`, [
        { path: '', message: error.message },
      ]);
    }
    throw error;
  }
}

/** Export JSON / CSV and import into a new board. */
export async function importExportRoutes(app: ApiInstance, ctx: ApiContext): Promise<void> {
  app.get(
    '/boards/:id/export.json',
    {
      schema: {
        tags: ['import-export'],
        summary: 'Download the board as JSON (the framework’s export format)',
        params: BoardParams,
        produces: ['application/json'],
        response: { 200: z.string().describe('The board file (JSON text)'), ...boardErrors },
      },
    },
    async (request, reply) => {
      const { board: record } = await authorize(ctx, request, request.params.id, 'read');
      const board = await readCurrentBoard(ctx, record.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment(board.meta.title, 'json'))
        .send(exportJson(board));
    },
  );

  app.get(
    '/boards/:id/export.csv',
    {
      schema: {
        tags: ['import-export'],
        summary: 'Download the board as CSV (one row per record)',
        params: BoardParams,
        produces: ['text/csv'],
        response: { 200: z.string().describe('The board file (CSV text)'), ...boardErrors },
      },
    },
    async (request, reply) => {
      const { board: record } = await authorize(ctx, request, request.params.id, 'read');
      const board = await readCurrentBoard(ctx, record.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(board.meta.title, 'csv'))
        .send(exportCsv(board));
    },
  );

  // The import route reads its body as text (JSON or CSV), so it lives in its own context.
  await app.register(async (child: ApiInstance) => {
    child.removeContentTypeParser(['application/json', 'text/plain']);
    child.addContentTypeParser(
      [...JSON_TYPES, ...CSV_TYPES, 'text/plain'],
      { parseAs: 'string', bodyLimit: ctx.limits.importBodyBytes },
      (_request, body, done) => done(null, body),
    );
    child.post(
      '/import',
      {
        bodyLimit: ctx.limits.importBodyBytes,
        onRequest: ctx.createLimit,
        schema: {
          tags: ['import-export'],
          summary: 'Import a JSON or CSV file into a new board; answers like POST /boards',
          description:
            'Body: the exported file, with `Content-Type: application/json` or `text/csv`. Bad files are 422 `import-invalid` with `issues` naming rows / paths; nothing is created.',
          consumes: [...JSON_TYPES, 'text/csv'],
          querystring: ImportQuery,
          body: z.string().describe('The file content (JSON or CSV)'),
          response: {
            201: z.object({ board: BoardSummary, link: LinkWithToken }),
            400: ErrorSchema,
            413: ErrorSchema,
            415: ErrorSchema,
            422: ErrorSchema,
            429: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const text = request.body;
        if (text.trim().length === 0) {
          throw new ApiError(422, 'import-invalid', 'The file is empty', [
            { path: '', message: 'empty file' },
          ]);
        }
        const imported = parseImport(importFormat(request, text), text);
        const title = request.query.title;
        const board = title ? { ...imported, meta: { ...imported.meta, title } } : imported;
        return reply.code(201).send(await createBoardFrom(ctx, request, board));
      },
    );
  });
}
