import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { MessageParams } from '@isf/framework';

/** One problem in an import file or request: where (`path`, e.g. `row 3` or `nodes.2.title`) and what. */
export interface ErrorIssue {
  path: string;
  message: string;
  /** CSV imports: the 1-based row (the header is row 1). */
  row?: number;
  /** CSV imports: the column name. */
  column?: string;
  /** Import issues: the framework's message code (`import.*`), for clients that translate it. */
  code?: string;
  /** Import issues: the values of the message. */
  params?: MessageParams;
}

/** The body of every error answer of the REST API. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] };
}

/**
 * An error with an HTTP status and a stable machine-readable code; the API's error handler turns it
 * into `{ error: { code, message, issues? } }`. Throw it from handlers.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly statusCode: number;
  readonly code: string;
  readonly issues: ErrorIssue[] | undefined;
  /** Extra response headers (e.g. `retry-after` on 429). */
  readonly headers: Record<string, string>;
  constructor(
    statusCode: number,
    code: string,
    message: string,
    issues?: ErrorIssue[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }
}

/** 400 with code `validation-failed` (or another code). */
export const badRequest = (message: string, code = 'validation-failed'): ApiError =>
  new ApiError(400, code, message);
/** 401: no token, or no token that opens anything. */
export const unauthorized = (message = 'A valid link token is required'): ApiError =>
  new ApiError(401, 'unauthorized', message);
/** 403: a valid token that does not open this board, or whose role is too weak. */
export const forbidden = (message: string): ApiError => new ApiError(403, 'forbidden', message);
/** 404 with a specific code such as `board-not-found`. */
export const notFound = (code: string, message: string): ApiError =>
  new ApiError(404, code, message);

/** Fastify's own error codes that map to a specific answer (status, code, fixed message). */
const FASTIFY_CODES: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload-too-large',
    message: 'The request body is too large',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'bad-request',
    message: 'The request body is empty but Content-Type is application/json',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'bad-request',
    message: 'The request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported-media-type' },
};

/** Turns zod validation issues into one readable message naming each field, e.g. `body.title: …`. */
function validationMessage(error: FastifyError): { message: string; issues: ErrorIssue[] } {
  const where = error.validationContext ?? 'request';
  const issues = (error.validation ?? []).map((v) => {
    const field = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    return { path: field ? `${where}.${field}` : where, message: v.message ?? 'is invalid' };
  });
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'Invalid request';
  return { message, issues };
}

/**
 * The API's error handler: every error becomes `{ error: { code, message } }` with a correct
 * status. Validation errors are 400 and name the field; unknown errors are 500 with a generic
 * message (the detail goes to the log, never to the client).
 */
export function apiErrorHandler(
  error: FastifyError | ApiError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof ApiError) {
    if (error.statusCode >= 500) request.log.error({ err: error }, error.message);
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.issues) body.error.issues = error.issues;
    return reply.code(error.statusCode).headers(error.headers).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(error.validation)) {
    const { message, issues } = validationMessage(error);
    const body: ErrorBody = { error: { code: 'validation-failed', message, issues } };
    return reply.code(400).send(body);
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) {
    const body: ErrorBody = {
      error: { code: known.code, message: known.message ?? error.message },
    };
    return reply.code(known.status).send(body);
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    // Another client error raised by Fastify or a plugin: its message is meant for the client.
    const body: ErrorBody = { error: { code: 'bad-request', message: error.message } };
    return reply.code(status).send(body);
  }
  request.log.error({ err: error }, 'request failed');
  const body: ErrorBody = { error: { code: 'internal', message: 'Internal server error' } };
  return reply.code(500).send(body);
}
