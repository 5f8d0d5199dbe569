import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AreaDashboardSchema,
  FigurePageSchema,
  FigureQuerySchema,
  IndexWeightsSchema,
  MapQuerySchema,
  MonitorAreaParams,
  MonitorMapSchema,
  MonitorSettingsSchema,
  NetworkSchema,
  RecentActivityPageSchema,
  SurveyImportResultSchema,
  SurveyImportSchema,
  SurveyPageSchema,
  SurveyQuerySchema,
  type FigureRow,
} from '../../../contracts/monitor.ts';
import { PageQuerySchema } from '../../../contracts/common.ts';
import { requireCaller } from '../../http/auth.ts';
import { wantsCsv } from '../../http/content-negotiation.ts';
import { monitorAccess as access } from './monitor.policy.ts';
import type { MonitorService } from './monitor.service.ts';

const tags = ['Community-power monitor'];

/** The figures change when the job runs (every few minutes): a short public cache is safe. */
const PUBLIC_CACHE = 'public, max-age=60';

const CSV_COLUMNS: (keyof FigureRow)[] = [
  'areaCode',
  'areaName',
  'level',
  'population',
  'asOf',
  'windowDays',
  'indicator',
  'value',
  'numerator',
  'denominator',
  'suppressed',
];

export const monitorRoutes =
  (deps: { monitor: MonitorService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { monitor } = deps;

    app.get('/monitor/settings', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getMonitorSettings',
        summary: 'The indicators, their place in the community-power index, the window and the privacy minimum',
        response: { 200: MonitorSettingsSchema },
      },
      handler: async () => monitor.settings(),
    });

    app.put('/monitor/settings', {
      config: { access: access.changeWeights },
      schema: {
        tags,
        operationId: 'changeMonitorIndexWeights',
        summary: 'Change the weights and targets of the community-power index (administrators for the municipality)',
        body: IndexWeightsSchema,
        response: { 200: MonitorSettingsSchema },
      },
      handler: async (request) => monitor.changeWeights(requireCaller(request.caller), request.body),
    });

    app.get('/monitor/areas/:areaId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getAreaCommunityPower',
        summary: "An area's community-power figures, index with its breakdown, trend and survey figures",
        params: MonitorAreaParams,
        response: { 200: AreaDashboardSchema },
      },
      handler: async (request, reply) => {
        reply.header('Cache-Control', PUBLIC_CACHE);
        return monitor.dashboard(request.params.areaId);
      },
    });

    app.get('/monitor/areas/:areaId/network', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getAreaNetwork',
        summary: "The network of the area's residents (grouped), initiatives, organisations and the municipality",
        params: MonitorAreaParams,
        response: { 200: NetworkSchema },
      },
      handler: async (request, reply) => {
        reply.header('Cache-Control', PUBLIC_CACHE);
        return monitor.network(request.params.areaId);
      },
    });

    app.get('/monitor/areas/:areaId/activity', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listAreaRecentActivity',
        summary: 'What happened in the area in the past 30 days, newest first, without naming anyone',
        params: MonitorAreaParams,
        querystring: PageQuerySchema,
        response: { 200: RecentActivityPageSchema },
      },
      handler: async (request) => monitor.recent(request.params.areaId, request.query.limit, request.query.cursor),
    });

    // Open data is a cached public list (http/list-cache.ts), never stale: the `monitor` data version
    // changes with every write to the stored figures and the monitor's state. The CSV is answered afresh.
    app.get('/monitor/figures', {
      config: {
        access: access.read,
        publicList: { reads: ['monitor', 'areas'], bypass: (request) => wantsCsv(request.headers.accept) },
      },
      schema: {
        tags,
        operationId: 'listCommunityPowerFigures',
        summary: 'Open data: every figure of every area, latest date, one page at a time',
        description:
          'Send `Accept: text/csv` for the same page as CSV (comma-separated, UTF-8, a header line; `nextCursor` in the `Link` header). docs/monitor.md defines every indicator.',
        querystring: FigureQuerySchema,
        response: { 200: FigurePageSchema },
      },
      handler: async (request, reply) => {
        const page = await monitor.figures(request.query);
        if (!wantsCsv(request.headers.accept)) return page;
        if (page.nextCursor) {
          const next = new URLSearchParams({
            ...Object.fromEntries(Object.entries(request.query).map(([key, value]) => [key, String(value)])),
            cursor: page.nextCursor,
          });
          reply.header('Link', `</api/v1/monitor/figures?${next.toString()}>; rel="next"`);
        }
        // The CSV is the same page in another representation; the JSON schema does not describe it.
        // csv-stringify loads with the first CSV asked for, not at start-up.
        const { stringify } = await import('csv-stringify/sync');
        return (reply as FastifyReply)
          .type('text/csv; charset=utf-8')
          .serializer((payload: unknown) => String(payload))
          .send(
            stringify(
              page.items.map((row) => CSV_COLUMNS.map((column) => row[column])),
              { header: true, columns: CSV_COLUMNS.map(String), cast: { boolean: (b) => (b ? 'true' : 'false') } },
            ),
          );
      },
    });

    app.get('/monitor/map', {
      config: { access: access.read, publicList: { reads: ['monitor', 'areas'] } },
      schema: {
        tags,
        operationId: 'getCommunityPowerMap',
        summary: 'Open data: one indicator for every neighbourhood, as GeoJSON, one page at a time',
        querystring: MapQuerySchema,
        response: { 200: MonitorMapSchema },
      },
      handler: async (request, reply) => reply.type('application/geo+json').send(await monitor.map(request.query)),
    });

    app.get('/monitor/survey', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSurveyFigures',
        summary: 'Imported survey figures per area (labelled as survey data, never blended into the measured ones)',
        querystring: SurveyQuerySchema,
        response: { 200: SurveyPageSchema },
      },
      handler: async (request) => monitor.survey(request.query),
    });

    app.post('/monitor/survey-imports', {
      config: { access: access.importSurvey, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'importSurveyFigures',
        summary: 'Import survey figures from CSV (administrators and civil servants, for the areas they work for)',
        description:
          'Columns `area_code, topic, period, value, unit, respondents`, comma or semicolon separated. All or nothing: every problem is listed with its line. A figure for the same area, topic and period replaces the earlier one.',
        body: SurveyImportSchema,
        response: { 201: SurveyImportResultSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await monitor.importSurvey(requireCaller(request.caller), request.body)),
    });
  };
