import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  AreaImportQuerySchema,
  AreaImportSummarySchema,
  AreaMapSchema,
  AreaPageSchema,
  AreaParams,
  AreaQuerySchema,
  AreaSchema,
  MapSettingsSchema,
} from '../../../contracts/areas.ts';
import { PageQuerySchema } from '../../../contracts/common.ts';
import { authorityFor } from '../../http/scope.ts';
import { forbidden, ProblemError } from '../../http/problem.ts';
import { AreaImportError, describeIssue } from './area-import-error.ts';
import type { AreaImportService } from './area-import.service.ts';
import { areasAccess as access } from './areas.policy.ts';
import type { AreasService } from './areas.service.ts';

export interface AreasRoutesDeps {
  areas: AreasService;
  importer: AreaImportService;
  /** MAP_TILE_URL: base-map tiles are optional; without them the map is drawn from outlines alone. */
  mapTileUrl?: string | undefined;
}

/** Whole CBS files for a large municipality run to tens of megabytes. */
const IMPORT_BODY_LIMIT = 64 * 1_048_576;

export const areasRoutes =
  (deps: AreasRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { areas } = deps;

    app.get('/areas', {
      config: { access: access.list, publicList: { reads: ['areas'] } },
      schema: {
        tags: ['Areas'],
        operationId: 'listAreas',
        summary: 'List municipalities, districts (wijken) and neighbourhoods (buurten), by CBS code',
        querystring: AreaQuerySchema,
        response: { 200: AreaPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return areas.list(filter, limit, cursor);
      },
    });

    app.get('/areas/:areaId', {
      config: { access: access.show },
      schema: {
        tags: ['Areas'],
        operationId: 'getArea',
        summary: 'One area with its outline (GeoJSON), figures and parents',
        params: AreaParams,
        response: { 200: AreaSchema },
      },
      handler: async (request) => areas.get(request.params.areaId),
    });

    app.get('/areas/:areaId/children', {
      config: { access: access.children, publicList: { reads: ['areas'] } },
      schema: {
        tags: ['Areas'],
        operationId: 'listAreaChildren',
        summary: 'The districts of a municipality, or the neighbourhoods of a district',
        params: AreaParams,
        querystring: PageQuerySchema,
        response: { 200: AreaPageSchema },
      },
      handler: async (request) => areas.children(request.params.areaId, request.query.limit, request.query.cursor),
    });

    app.get('/areas/:areaId/map', {
      config: { access: access.map },
      schema: {
        tags: ['Areas'],
        operationId: 'getAreaMap',
        summary: 'The neighbourhoods inside an area as a GeoJSON FeatureCollection, simplified for drawing',
        params: AreaParams,
        response: { 200: AreaMapSchema },
      },
      handler: async (request, reply) => {
        reply.header('Cache-Control', 'public, max-age=300');
        return reply.type('application/geo+json').send(await areas.map(request.params.areaId));
      },
    });

    app.get('/map-settings', {
      config: { access: access.mapSettings },
      schema: {
        tags: ['Areas'],
        operationId: 'getMapSettings',
        summary: 'How the web app draws maps (the optional base-map tile URL)',
        response: { 200: MapSettingsSchema },
      },
      handler: async () => ({ tileUrl: deps.mapTileUrl ?? null }),
    });

    app.post('/area-imports', {
      config: { access: access.import },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['Areas'],
        operationId: 'importAreas',
        summary:
          'Import or update neighbourhoods from a GeoJSON file shaped like the CBS wijk- en buurtkaart (WGS84 or RD New)',
        description:
          'All or nothing: a refused file answers 422 with one `invalidParams` entry per bad feature, and nothing is written. Municipality-wide administrators only.',
        querystring: AreaImportQuerySchema,
        body: z.record(z.string(), z.unknown()).describe('A GeoJSON FeatureCollection'),
        response: { 200: AreaImportSummarySchema, 201: AreaImportSummarySchema },
      },
      handler: async (request, reply) => {
        const authority = authorityFor(request.caller, ['administrator'], []);
        if (!authority) throw forbidden('Only a municipality-wide administrator may import areas.');
        try {
          const summary = await deps.importer.importValue(request.body, {
            actorId: request.caller?.accountId ?? null,
            authority,
            dryRun: request.query.dryRun,
          });
          return reply.code(summary.dryRun ? 200 : 201).send(summary);
        } catch (error) {
          if (!(error instanceof AreaImportError)) throw error;
          throw new ProblemError(
            422,
            `The file was refused and nothing was imported: ${describeIssue(error.issues[0]!)}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''}.`,
            'area-file-refused',
            error.issues.map((issue) => ({
              name: issue.feature === null ? 'body' : `body.features[${issue.feature - 1}]`,
              reason: issue.reason,
            })),
          );
        }
      },
    });
  };
