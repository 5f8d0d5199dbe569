import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { InvalidParam, Problem } from '../../contracts/common.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not logged in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An expected failure of a use case; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly code = slug(TITLES[status] ?? 'problem'),
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
  }
}

/** 429: the answer carries Retry-After (whole seconds, at least 1). */
export class TooManyRequests extends ProblemError {
  readonly retryAfterSeconds: number;
  constructor(detail: string, code: string, retryAfterMs: number) {
    super(429, detail, code);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

export const badRequest = (detail: string, invalidParams?: InvalidParam[]) =>
  new ProblemError(400, detail, 'bad-request', invalidParams);
export const unauthorized = (detail = 'Log in to do this.') => new ProblemError(401, detail, 'not-logged-in');
export const forbidden = (detail = 'You may not do this.') => new ProblemError(403, detail, 'forbidden');
export const notFound = (what: string) => new ProblemError(404, `${what} was not found.`, 'not-found');
export const conflict = (detail: string, code = 'conflict') => new ProblemError(409, detail, code);
export const unprocessable = (detail: string, code = 'unprocessable') => new ProblemError(422, detail, code);

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  code?: string,
  invalidParams?: InvalidParam[],
): FastifyReply {
  const body: Problem & { invalidParams?: InvalidParam[]; code?: string } = {
    type: `https://wakkere-stad.nl/problems/${code ?? slug(TITLES[status] ?? 'problem')}`,
    title: TITLES[status] ?? 'Problem',
    status,
    detail,
    instance: request.url.split('?')[0],
  };
  if (invalidParams?.length) body.invalidParams = invalidParams;
  return reply.code(status).type('application/problem+json').serializer(JSON.stringify).send(body);
}

function zodInvalidParams(error: FastifyError): InvalidParam[] {
  const context = String(error.validationContext ?? 'body');
  return (error.validation ?? []).map((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean);
    const name = [context, ...path].join('.');
    const params = issue.params as { keys?: unknown };
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      return { name, reason: `Unknown field(s): ${params.keys.join(', ')}`, code: issue.keyword };
    }
    const reason = issue.message ?? 'Invalid value';
    // A schema's own rule (a refinement) is named by its reason, which is its author's words.
    if (issue.keyword === 'custom') return { name, reason };
    // zod reports a missing value as the wrong type ("expected string, received undefined").
    const code = issue.keyword === 'invalid_type' && reason.endsWith('received undefined') ? 'required' : issue.keyword;
    const limits = Object.fromEntries(
      ['origin', 'minimum', 'maximum', 'format', 'expected'].flatMap((key) => {
        const value = (params as Record<string, unknown>)[key];
        return typeof value === 'string' || typeof value === 'number' ? [[key, value]] : [];
      }),
    );
    return { name, reason, code, ...(Object.keys(limits).length > 0 ? { params: limits } : {}) };
  });
}

/** Every error leaves as application/problem+json; only unexpected ones are 500 and logged. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      if (error instanceof TooManyRequests) reply.header('Retry-After', String(error.retryAfterSeconds));
      return sendProblem(reply, request, error.status, error.detail, error.code, error.invalidParams);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const invalid = zodInvalidParams(error);
      const fields = invalid.map((p) => p.name).join(', ');
      return sendProblem(reply, request, 400, `The request has invalid fields: ${fields}.`, 'invalid-fields', invalid);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, request, 400, 'The request body is not valid JSON.', 'malformed-json');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, request, 413, 'The request body is larger than allowed.', 'body-too-large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, request, 415, 'Send the request body as application/json.', 'unsupported-media-type');
    }
    if (error instanceof SyntaxError) {
      return sendProblem(reply, request, 400, 'The request body is not valid JSON.', 'malformed-json');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, status, error.message);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, 500, 'Something went wrong on our side. It has been logged.');
  });
}
