import * as z from 'zod';

/** RFC 9457 problem details. Validation problems add `invalidParams` (one entry per field). */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI that identifies the kind of problem'),
    title: z.string().describe('Short summary of the kind of problem'),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().describe('What went wrong in this request, in plain words'),
    instance: z.string().optional().describe('The request path this problem is about'),
  })
  .describe('A problem (RFC 9457). A validation problem also lists `invalidParams`: [{ name, reason, code? }].')
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * One refused field. `reason` is for a developer reading the answer; `code` and `params` are for a
 * program, so an app can say what is wrong in its reader's language: the zod issue code
 * (`too_small`, `too_big`, `invalid_format`, `invalid_type`, `invalid_value`, `unrecognized_keys`)
 * with its limit in `params` (`origin`: string, number or array; `minimum`, `maximum`, `format`, `expected`),
 * `required` for a missing value, or a code of the service's own. A rule a schema states in its own
 * words (a refinement) has only its `reason`.
 */
export interface InvalidParam {
  name: string;
  reason: string;
  code?: string;
  params?: Record<string, string | number>;
}

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** Keyset pagination: `cursor` is opaque and comes from the previous page's `nextCursor`. */
export const PageQuerySchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE_MAX)
    .default(PAGE_SIZE_DEFAULT)
    .describe(`Page size (default ${PAGE_SIZE_DEFAULT}, at most ${PAGE_SIZE_MAX})`),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page'),
  });
}

export const IdSchema = z.string().min(1).max(64);
export const TimestampSchema = z.string().describe('ISO 8601 date-time in UTC');
