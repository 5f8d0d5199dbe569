import type { z } from 'zod';
import type { AreaSummary } from '../../../contracts/areas.ts';
import type {
  AreaDashboard,
  FigureRow,
  IndexWeights,
  IndicatorId,
  MonitorMap,
  MonitorSettings,
  Network,
  RecentActivitySchema,
  SurveyImportResultSchema,
  SurveyRow,
  SurveyTopic,
} from '../../../contracts/monitor.ts';
import type { AreaKind } from '../../../contracts/areas.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type RecentActivity = z.infer<typeof RecentActivitySchema>;
export type SurveyImportResult = z.infer<typeof SurveyImportResultSchema>;
export type MapFeature = MonitorMap['features'][number];
export type NetworkNode = Network['nodes'][number];
export type { Network };

const enc = encodeURIComponent;
const area = (id: string) => `/monitor/areas/${enc(id)}`;
/** Areas, neighbourhoods and survey rows are bounded (a few hundred per municipality): stop well above that. */
const MAX_ROWS = 5_000;

async function everyPage<T>(fetchPage: (cursor: string | undefined) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < MAX_ROWS);
  return items;
}

export const monitorApi = {
  settings: (api: ApiClient) => api.get<MonitorSettings>('/monitor/settings'),
  saveWeights: (api: ApiClient, body: IndexWeights) => api.put<MonitorSettings>('/monitor/settings', body),
  dashboard: (api: ApiClient, areaIdOrCode: string) => api.get<AreaDashboard>(area(areaIdOrCode)),
  network: (api: ApiClient, areaIdOrCode: string) => api.get<Network>(`${area(areaIdOrCode)}/network`),
  activity: (api: ApiClient, areaIdOrCode: string, cursor?: string, limit = 10) =>
    api.get<PageOf<RecentActivity>>(`${area(areaIdOrCode)}/activity`, { limit, cursor }),
  importSurvey: (api: ApiClient, body: { source: string; csv: string }) =>
    api.post<SurveyImportResult>('/monitor/survey-imports', body),

  /** The municipality: the dashboard's starting point. */
  municipality: async (api: ApiClient): Promise<AreaSummary | null> =>
    (await api.get<PageOf<AreaSummary>>('/areas', { kind: 'municipality', limit: 1 })).items[0] ?? null,
  /** Districts and neighbourhoods, for the area picker. */
  areas: (api: ApiClient, kind: AreaKind) =>
    everyPage((cursor) => api.get<PageOf<AreaSummary>>('/areas', { kind, limit: 100, cursor })),

  /** Every neighbourhood of the map (it pages by `nextCursor` like a list). */
  map: async (api: ApiClient, indicator: IndicatorId, parentId?: string): Promise<MonitorMap> => {
    const features: MapFeature[] = [];
    let asOf: string | null = null;
    let cursor: string | undefined;
    do {
      const page = await api.get<MonitorMap>('/monitor/map', { indicator, parentId, limit: 500, cursor });
      features.push(...page.features);
      asOf ??= page.asOf;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && features.length < MAX_ROWS);
    return { type: 'FeatureCollection', asOf, features, nextCursor: null };
  },
  /** One indicator for every neighbourhood (within `parentId`, a district, when given). */
  neighbourhoodFigures: (api: ApiClient, indicator: IndicatorId, parentId?: string) =>
    everyPage((cursor) =>
      api.get<PageOf<FigureRow>>('/monitor/figures', {
        indicator,
        level: 'neighbourhood',
        parentId,
        limit: 100,
        cursor,
      }),
    ),
  survey: (api: ApiClient, topic: SurveyTopic, parentId?: string) =>
    everyPage((cursor) => api.get<PageOf<SurveyRow>>('/monitor/survey', { topic, parentId, limit: 100, cursor })),
};
