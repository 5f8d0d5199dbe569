import type { OpenAPIV3 } from 'openapi-types';
import { expect, test } from 'vitest';
import { operationsByTag, typeOf } from './openapi-view.ts';

const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  tags: [{ name: 'Areas', description: 'Buurten' }, { name: 'Unused' }],
  components: {
    schemas: {
      Area: {
        type: 'object',
        description: 'An area',
        required: ['id'],
        properties: { id: { type: 'string', description: 'The id' }, name: { type: 'string', nullable: true } },
      },
    },
  },
  paths: {
    '/areas/{areaId}': {
      get: {
        tags: ['Areas'],
        operationId: 'getArea',
        summary: 'One area',
        description: 'Reads **one** area.\n\n**Who may call this:** Anyone.',
        'x-access': 'public',
        parameters: [{ name: 'areaId', in: 'path', required: true, schema: { type: 'string' }, description: 'Id' }],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Area' } } },
          },
          '404': { description: 'Not found' },
        },
      },
      put: {
        tags: ['Areas'],
        summary: 'Change it',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Area' } } } },
        responses: { '200': { description: 'OK' } },
      },
    },
  },
} as unknown as OpenAPIV3.Document;

test('operations grouped by tag, with parameters, body fields, responses and who may call them', () => {
  const [areas, ...rest] = operationsByTag(document);
  expect(rest).toEqual([]);
  expect(areas!.name).toBe('Areas');
  const [get, put] = areas!.operations;
  expect(get).toMatchObject({
    id: 'getArea',
    method: 'GET',
    path: '/areas/{areaId}',
    description: 'Reads one area.',
    access: 'public',
    parameters: [{ name: 'areaId', in: 'path', type: 'string', required: true, description: 'Id' }],
    body: null,
    responses: [
      { status: '200', description: 'OK', schema: 'Area' },
      { status: '404', description: 'Not found', schema: '' },
    ],
  });
  expect(put!.body).toEqual({
    schema: 'Area',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'The id' },
      { name: 'name', type: 'string | null', required: false, description: '' },
    ],
  });
});

test('types read as words', () => {
  expect(typeOf(document, { type: 'array', items: { $ref: '#/components/schemas/Area' } })).toBe('array of Area');
  expect(typeOf(document, { type: 'string', enum: ['a', 'b'] })).toBe('a | b');
  expect(typeOf(document, { anyOf: [{ type: 'string' }, { type: 'integer' }] })).toBe('string | integer');
});
