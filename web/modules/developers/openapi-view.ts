import type { OpenAPIV3 } from 'openapi-types';

/**
 * The OpenAPI document turned into what the API reference page shows: operations grouped by tag,
 * with their parameters, request body fields and responses, `$ref`s resolved one level deep.
 * Pure, so the page stays a plain rendering (web/modules/developers/api-docs-page.tsx).
 */

export interface FieldView {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface OperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  /** Who may call it: `public`, `authenticated` or a list of roles (the document's `x-access`). */
  access: 'public' | 'authenticated' | string[] | null;
  parameters: (FieldView & { in: string })[];
  body: { schema: string; fields: FieldView[] } | null;
  responses: { status: string; description: string; schema: string }[];
}

export interface TagView {
  name: string;
  description: string;
  operations: OperationView[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;

function refName(ref: string): string {
  return ref.split('/').at(-1) ?? ref;
}

function resolve(document: OpenAPIV3.Document, schema: Schema | undefined): OpenAPIV3.SchemaObject | undefined {
  if (!schema) return undefined;
  if ('$ref' in schema) return document.components?.schemas?.[refName(schema.$ref)] as OpenAPIV3.SchemaObject;
  return schema;
}

/** A short, readable type: `string`, `integer`, `array of Area`, `Area`, `a | b`. */
export function typeOf(document: OpenAPIV3.Document, schema: Schema | undefined): string {
  if (!schema) return '';
  if ('$ref' in schema) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map(String).join(' | ');
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.map((s) => typeOf(document, s)).join(' | ');
  if (schema.type === 'array') return `array of ${typeOf(document, schema.items)}`;
  const type = schema.type ?? 'object';
  return schema.nullable ? `${type} | null` : type;
}

function fieldsOf(document: OpenAPIV3.Document, schema: Schema | undefined): FieldView[] {
  const resolved = resolve(document, schema);
  const required = new Set(resolved?.required ?? []);
  return Object.entries(resolved?.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeOf(document, property),
    required: required.has(name),
    description: ('description' in property ? property.description : resolve(document, property)?.description) ?? '',
  }));
}

/** The document's Markdown emphasis is shown as plain text. */
function plain(text: string | undefined): string {
  return (text ?? '').replace(/\*\*/g, '').replace(/`/g, '');
}

export function operationsByTag(document: OpenAPIV3.Document): TagView[] {
  const tags = new Map<string, TagView>(
    (document.tags ?? []).map((tag) => [
      tag.name,
      { name: tag.name, description: tag.description ?? '', operations: [] },
    ]),
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      if (!tags.has(tag)) tags.set(tag, { name: tag, description: '', operations: [] });
      const body = operation.requestBody && !('$ref' in operation.requestBody) ? operation.requestBody : undefined;
      const bodySchema = body?.content['application/json']?.schema;
      const access = (operation as { 'x-access'?: OperationView['access'] })['x-access'] ?? null;
      tags.get(tag)!.operations.push({
        id: operation.operationId ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        description: plain(operation.description).replace(/\s*Who may call this:.*$/s, ''),
        access,
        parameters: (operation.parameters ?? [])
          .filter((p): p is OpenAPIV3.ParameterObject => !('$ref' in p))
          .map((p) => ({
            name: p.name,
            in: p.in,
            type: typeOf(document, p.schema),
            required: p.required ?? false,
            description: plain(p.description ?? resolve(document, p.schema)?.description),
          })),
        body: bodySchema ? { schema: typeOf(document, bodySchema), fields: fieldsOf(document, bodySchema) } : null,
        responses: Object.entries(operation.responses ?? {}).map(([status, response]) => {
          const content = '$ref' in response ? undefined : response.content;
          const [, media] = Object.entries(content ?? {})[0] ?? [];
          return {
            status,
            description: '$ref' in response ? refName(response.$ref) : plain(response.description),
            schema: typeOf(document, media?.schema),
          };
        }),
      });
    }
  }
  return [...tags.values()].filter((tag) => tag.operations.length > 0);
}
