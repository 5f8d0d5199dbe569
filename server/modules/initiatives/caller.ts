import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../http/auth.ts';
import { unauthorized } from '../../http/problem.ts';

/** Routes declared `authenticated` or role-bound always have a caller; this narrows the type. */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw unauthorized();
  return request.caller;
}
