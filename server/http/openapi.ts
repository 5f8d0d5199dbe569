import type { OpenAPIV3 } from 'openapi-types';
import type { Access } from '../../contracts/roles.ts';

export const API_PREFIX = '/api/v1';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'The input is invalid; `invalidParams` names each field',
  '401': 'Not logged in',
  '403': 'Logged in, but this role may not do this (or the CSRF token is missing)',
  '404': 'Not found',
  '409': 'Conflicts with the current state',
  '429': 'Too many requests; try again later',
  '500': 'Unexpected error (logged)',
};

export function describeAccess(access: Access): string {
  if (access === 'public') return 'Anyone, also without logging in.';
  if (access === 'authenticated') return 'Any logged-in account.';
  return `Accounts with one of these roles: ${access.join(', ')}.`;
}

/**
 * Shapes the generated document to the Dutch API Design Rules: paths relative to the versioned
 * server URL, an API-Version header on every success, problem+json on every error, and each
 * operation's access stated in `x-access` and in words.
 */
export function finishOpenApi(
  document: OpenAPIV3.Document,
  options: { version: string; serverUrl: string; accessOf: (method: string, url: string) => Access | undefined },
): OpenAPIV3.Document {
  const paths: OpenAPIV3.PathsObject = {};
  for (const [fullPath, item] of Object.entries(document.paths ?? {})) {
    if (!fullPath.startsWith(API_PREFIX) || !item) continue;
    const path = fullPath.slice(API_PREFIX.length) || '/';
    paths[path] = item;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const access = options.accessOf(method.toUpperCase(), fullPath.replace(/\{(\w+)\}/g, ':$1'));
      if (access !== undefined) {
        (operation as Record<string, unknown>)['x-access'] = access;
        operation.description = [operation.description, `**Who may call this:** ${describeAccess(access)}`]
          .filter(Boolean)
          .join('\n\n');
      }
      finishResponses(operation);
    }
  }
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => {
      const { $id: _id, ...rest } = schema as Record<string, unknown>;
      return [name, rest];
    }),
  );
  const used = usedSchemas(paths, schemas);
  const tags = [...new Set(Object.values(paths).flatMap((item) => METHODS.flatMap((m) => item?.[m]?.tags ?? [])))];
  return {
    ...document,
    tags: tags.map((name) => ({ name })),
    servers: [{ url: options.serverUrl, description: 'This installation' }],
    paths,
    components: {
      ...document.components,
      // The zod provider lists every named schema twice (as input and as output); only those in use stay.
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))) as Record<
        string,
        OpenAPIV3.SchemaObject
      >,
      headers: {
        ...document.components?.headers,
        'API-Version': {
          description: 'The full version of this API',
          schema: { type: 'string', example: options.version },
        },
      },
    },
  };
}

const SCHEMA_REF = /"#\/components\/schemas\/([^"]+)"/g;

/** The schemas the paths refer to, and those they refer to in turn. */
function usedSchemas(paths: OpenAPIV3.PathsObject, schemas: Record<string, unknown>): Set<string> {
  const used = new Set<string>();
  const pending = [...JSON.stringify(paths).matchAll(SCHEMA_REF)].map((m) => m[1]!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...[...JSON.stringify(schemas[name] ?? {}).matchAll(SCHEMA_REF)].map((m) => m[1]!));
  }
  return used;
}

function finishResponses(operation: OpenAPIV3.OperationObject): void {
  const responses = operation.responses;
  for (const [status, response] of Object.entries(responses)) {
    if (!/^[23]/.test(status) || '$ref' in response) continue;
    response.headers = { ...response.headers, 'API-Version': { $ref: '#/components/headers/API-Version' } };
    if (status === '204') delete response.content;
  }
  for (const [status, description] of Object.entries(PROBLEM_RESPONSES)) {
    if (responses[status]) continue;
    responses[status] = {
      description,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
}
