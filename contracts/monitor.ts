import * as z from 'zod';
import { AreaGeometrySchema, AreaKindSchema, AreaRefSchema } from './areas.ts';
import { IdSchema, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, pageOf } from './common.ts';

/**
 * The community-power monitor (docs/monitor.md): indicators per neighbourhood, district and
 * municipality over a rolling window, computed from the activity log. Every figure is public; a
 * figure that rests on fewer residents than the minimum is suppressed, never shown.
 */
export const indicatorIds = [
  'participation',
  'initiatives_per_1000',
  'members_per_1000',
  'initiative_lifetime_days',
  'pledges_kept',
  'help_answered',
  'help_match_hours',
  'help_solved',
  'hours_per_1000',
  'producer_ratio',
  'network_largest_group',
  'network_isolated',
  'bridging_ties',
  'response_days',
  'turnout',
] as const;
export const IndicatorIdSchema = z.enum(indicatorIds).describe('An indicator (docs/monitor.md defines each)');
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;

/** The themes of docs/DESIGN.md; the dashboard groups indicators by them. */
export const indicatorThemes = [
  'participation',
  'self_organisation',
  'mutual_help',
  'producers',
  'network',
  'government',
  'democracy',
] as const;
export type IndicatorTheme = (typeof indicatorThemes)[number];

export const IndicatorUnitSchema = z
  .enum(['share', 'per_1000', 'days', 'hours'])
  .describe('share: 0–1; per_1000: per 1,000 residents; days or hours: a median duration');

export const IndicatorSchema = z
  .object({
    id: IndicatorIdSchema,
    theme: z.enum(indicatorThemes),
    unit: IndicatorUnitSchema,
    higherIsBetter: z.boolean(),
    /** In the community-power index: its weight, and the value that scores 100. */
    weight: z.number().min(0),
    target: z.number().positive(),
  })
  .meta({ id: 'MonitorIndicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const FigureSchema = z
  .object({
    indicator: IndicatorIdSchema,
    value: z.number().nullable().describe('Null when suppressed or when there is nothing to measure'),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    suppressed: z.boolean().describe('True when the figure rests on fewer residents than `minResidents`'),
  })
  .meta({ id: 'MonitorFigure' });
export type Figure = z.infer<typeof FigureSchema>;

export const IndexComponentSchema = z
  .object({
    indicator: IndicatorIdSchema,
    value: z.number().nullable(),
    weight: z.number(),
    target: z.number(),
    /** 0–100: value / target (or target / value when lower is better), capped at 100. */
    score: z.number().nullable(),
    /** Points this component adds to the index (0 when it has no score). */
    contribution: z.number(),
  })
  .meta({ id: 'MonitorIndexComponent' });
export type IndexComponent = z.infer<typeof IndexComponentSchema>;

export const CommunityIndexSchema = z
  .object({
    value: z.number().nullable().describe('0–100; null when less than half of the weight has a figure'),
    coverage: z.number().describe('Share of the total weight with a figure (0–1)'),
    components: z.array(IndexComponentSchema),
  })
  .meta({ id: 'MonitorIndex' });
export type CommunityIndex = z.infer<typeof CommunityIndexSchema>;

export const surveyTopics = [
  'perceived_safety',
  'social_cohesion',
  'neighbourhood_satisfaction',
  'volunteering',
  'loneliness',
] as const;
export const SurveyTopicSchema = z.enum(surveyTopics);
export type SurveyTopic = z.infer<typeof SurveyTopicSchema>;
export const SurveyUnitSchema = z.enum(['score', 'percent']).describe('score: a mark from 1 to 10; percent: 0–100');

export const SurveyFigureSchema = z
  .object({
    topic: SurveyTopicSchema,
    period: z.string().describe('The survey period as the source names it, e.g. `2025`'),
    value: z.number().nullable().describe('Null when fewer respondents than `minResidents` answered'),
    unit: SurveyUnitSchema,
    respondents: z.number().int(),
    source: z.string(),
    suppressed: z.boolean(),
  })
  .meta({ id: 'MonitorSurveyFigure' });
export type SurveyFigure = z.infer<typeof SurveyFigureSchema>;

export const TrendPointSchema = z
  .object({
    asOf: z.string().describe('Date (YYYY-MM-DD)'),
    index: z.number().nullable(),
    figures: z.array(FigureSchema),
  })
  .meta({ id: 'MonitorTrendPoint' });

export const MonitorAreaSchema = AreaRefSchema.extend({
  parentId: z.string().nullable(),
  population: z.number().int().nullable(),
}).meta({ id: 'MonitorArea' });

export const AreaDashboardSchema = z
  .object({
    area: MonitorAreaSchema,
    asOf: z.string().nullable().describe('The last day of the window (YYYY-MM-DD); null before the first run'),
    windowDays: z.number().int(),
    minResidents: z.number().int(),
    figures: z.array(FigureSchema),
    index: CommunityIndexSchema,
    trend: z.array(TrendPointSchema).describe('Month ends of the past year and the latest day, oldest first'),
    survey: z.array(SurveyFigureSchema).describe('Imported survey figures; shown beside, never blended in'),
  })
  .meta({ id: 'MonitorAreaDashboard' });
export type AreaDashboard = z.infer<typeof AreaDashboardSchema>;

export const MonitorAreaParams = z.strictObject({ areaId: IdSchema.describe('The area id, or its CBS code') });

export const FigureQuerySchema = z.strictObject({
  indicator: IndicatorIdSchema.optional(),
  level: AreaKindSchema.optional().describe('Only areas of this kind'),
  parentId: IdSchema.optional().describe('Only the direct children of this area'),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
});

export const FigureRowSchema = z
  .object({
    areaId: z.string(),
    areaCode: z.string(),
    areaName: z.string(),
    level: AreaKindSchema,
    population: z.number().int().nullable(),
    asOf: z.string(),
    windowDays: z.number().int(),
    indicator: IndicatorIdSchema,
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    suppressed: z.boolean(),
  })
  .meta({ id: 'MonitorFigureRow' });
export type FigureRow = z.infer<typeof FigureRowSchema>;
export const FigurePageSchema = pageOf(FigureRowSchema).meta({ id: 'MonitorFigurePage' });

export const MapQuerySchema = z.strictObject({
  indicator: IndicatorIdSchema.default('participation'),
  parentId: IdSchema.optional().describe('Only the neighbourhoods inside this area (default: all)'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(200).optional(),
});

export const MapFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: AreaGeometrySchema.nullable(),
    properties: z.object({
      code: z.string(),
      name: z.string(),
      parentId: z.string().nullable(),
      population: z.number().int().nullable(),
      indicator: IndicatorIdSchema,
      value: z.number().nullable(),
      suppressed: z.boolean(),
      index: z.number().nullable().describe('The community-power index of the neighbourhood'),
    }),
  })
  .meta({ id: 'MonitorMapFeature' });
export const MonitorMapSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    asOf: z.string().nullable(),
    features: z.array(MapFeatureSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'MonitorMap' });
export type MonitorMap = z.infer<typeof MonitorMapSchema>;

export const NetworkNodeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['residents', 'initiative', 'organisation', 'municipality']),
    label: z.string().describe('A neighbourhood name for residents; otherwise the name'),
    size: z.number().int().describe('Residents in the group, or residents linked to the node'),
    areaId: z.string().nullable(),
  })
  .meta({ id: 'MonitorNetworkNode' });
export const NetworkSchema = z
  .object({
    asOf: z.string().nullable(),
    nodes: z.array(NetworkNodeSchema),
    edges: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number().int() })),
    hiddenGroups: z.number().int().describe('Groups of fewer residents than `minResidents`, left out'),
  })
  .meta({ id: 'MonitorNetwork' });
export type Network = z.infer<typeof NetworkSchema>;

export const RecentActivitySchema = z
  .object({
    verb: z.string().describe('From the verb catalogue; no one is named'),
    occurredOn: z.string().describe('Date (YYYY-MM-DD)'),
    subjectType: z.string(),
    subjectId: z.string(),
  })
  .meta({ id: 'MonitorRecentActivity' });
export const RecentActivityPageSchema = pageOf(RecentActivitySchema).meta({ id: 'MonitorRecentActivityPage' });

export const MonitorSettingsSchema = z
  .object({
    windowDays: z.number().int(),
    minResidents: z.number().int(),
    indicators: z.array(IndicatorSchema),
  })
  .meta({ id: 'MonitorSettings' });
export type MonitorSettings = z.infer<typeof MonitorSettingsSchema>;

export const IndexWeightsSchema = z
  .strictObject({
    indicators: z
      .array(
        z.strictObject({ id: IndicatorIdSchema, weight: z.number().min(0).max(10), target: z.number().positive() }),
      )
      .min(1)
      .max(indicatorIds.length),
  })
  .meta({ id: 'MonitorIndexWeights' });
export type IndexWeights = z.infer<typeof IndexWeightsSchema>;

export const SurveyImportSchema = z
  .strictObject({
    source: z.string().trim().min(2).max(120).describe('Where the figures come from, e.g. "Veiligheidsmonitor 2025"'),
    csv: z
      .string()
      .min(1)
      .max(2_000_000)
      .describe('Columns: area_code, topic, period, value, unit, respondents; comma or semicolon separated'),
  })
  .meta({ id: 'MonitorSurveyImport' });
export const SurveyImportResultSchema = z
  .object({ imported: z.number().int(), replaced: z.number().int() })
  .meta({ id: 'MonitorSurveyImportResult' });

export const SurveyQuerySchema = z.strictObject({
  topic: SurveyTopicSchema.optional(),
  parentId: IdSchema.optional().describe('Only the direct children of this area'),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  cursor: z.string().max(200).optional(),
});
export const SurveyRowSchema = SurveyFigureSchema.extend({
  areaId: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
}).meta({ id: 'MonitorSurveyRow' });
export type SurveyRow = z.infer<typeof SurveyRowSchema>;
export const SurveyPageSchema = pageOf(SurveyRowSchema).meta({ id: 'MonitorSurveyPage' });
