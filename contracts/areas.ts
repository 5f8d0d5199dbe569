import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** gemeente → wijk → buurt, as in the CBS wijk- en buurtkaart. */
export const areaKinds = ['municipality', 'district', 'neighbourhood'] as const;
export const AreaKindSchema = z
  .enum(areaKinds)
  .describe('municipality (gemeente), district (wijk) or neighbourhood (buurt)');
export type AreaKind = z.infer<typeof AreaKindSchema>;

/** CBS codes: GM + 4 digits, WK + 6, BU + 8; each starts with the digits of its parent. */
export const CBS_CODE_PATTERNS: Record<AreaKind, RegExp> = {
  municipality: /^GM\d{4}$/,
  district: /^WK\d{6}$/,
  neighbourhood: /^BU\d{8}$/,
};

const Count = z.number().int().min(0);

/** Residents per age band (absolute numbers), as far as the source has them. */
export const AgeBandsSchema = z
  .object({
    age0to14: Count,
    age15to24: Count,
    age25to44: Count,
    age45to64: Count,
    age65plus: Count,
  })
  .meta({ id: 'AgeBands' });
export type AgeBands = z.infer<typeof AgeBandsSchema>;

const Position = z.array(z.number()).min(2).max(3);
export const PolygonSchema = z
  .object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) })
  .meta({ id: 'GeoJsonPolygon' });
export const MultiPolygonSchema = z
  .object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) })
  .meta({ id: 'GeoJsonMultiPolygon' });
export const AreaGeometrySchema = z
  .discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema])
  .describe('GeoJSON (RFC 7946) in WGS84 longitude/latitude; exterior rings counter-clockwise');
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

export const BboxSchema = z.array(z.number()).length(4).describe('[west, south, east, north] in WGS84');

export const AreaSummarySchema = z
  .object({
    id: z.string(),
    kind: AreaKindSchema,
    code: z.string().describe('CBS code, e.g. `BU03630001`'),
    name: z.string(),
    parentId: z.string().nullable(),
    population: z.number().int().nullable().describe('Residents; null when the source does not say'),
    ageBands: AgeBandsSchema.nullable(),
  })
  .meta({ id: 'AreaSummary' });
export type AreaSummary = z.infer<typeof AreaSummarySchema>;

export const AreaRefSchema = z
  .object({ id: z.string(), kind: AreaKindSchema, code: z.string(), name: z.string() })
  .meta({ id: 'AreaRef' });
export type AreaRef = z.infer<typeof AreaRefSchema>;

export const AreaSchema = AreaSummarySchema.extend({
  ancestors: z.array(AreaRefSchema).describe('From the municipality down to the parent'),
  childCount: z.number().int(),
  geometry: AreaGeometrySchema.nullable().describe(
    'Null for a district or municipality imported only through its neighbourhoods',
  ),
  bbox: BboxSchema.nullable(),
  updatedAt: TimestampSchema,
}).meta({ id: 'Area' });
export type Area = z.infer<typeof AreaSchema>;

export const AreaQuerySchema = PageQuerySchema.extend({
  kind: AreaKindSchema.optional(),
  parentId: IdSchema.optional().describe('Only the direct children of this area'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name or code'),
});
export const AreaPageSchema = pageOf(AreaSummarySchema).meta({ id: 'AreaPage' });

export const AreaParams = z.strictObject({ areaId: IdSchema.describe('The area id, or its CBS code') });

export const AreaFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    properties: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      kind: AreaKindSchema,
      parentId: z.string().nullable(),
      population: z.number().int().nullable(),
    }),
    geometry: AreaGeometrySchema,
  })
  .meta({ id: 'AreaFeature' });
export type AreaFeature = z.infer<typeof AreaFeatureSchema>;

export const AreaMapSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    bbox: BboxSchema.optional(),
    features: z.array(AreaFeatureSchema),
  })
  .describe('The neighbourhoods inside an area, with geometry simplified for drawing')
  .meta({ id: 'AreaMap' });
export type AreaMap = z.infer<typeof AreaMapSchema>;

const ImportCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const AreaImportSummarySchema = z
  .object({
    dryRun: z.boolean(),
    features: z.number().int(),
    sourceCrs: z.enum(['WGS84', 'RD New (EPSG:28992)']),
    municipalities: ImportCounts,
    districts: ImportCounts,
    neighbourhoods: ImportCounts,
  })
  .meta({ id: 'AreaImportSummary' });
export type AreaImportSummary = z.infer<typeof AreaImportSummarySchema>;

export const AreaImportQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Validate only; write nothing'),
});

export const MapSettingsSchema = z
  .object({
    tileUrl: z
      .string()
      .nullable()
      .describe('XYZ template of optional base-map tiles (Web Mercator, {z}/{x}/{y}); null: draw the outlines only'),
  })
  .meta({ id: 'MapSettings' });
export type MapSettings = z.infer<typeof MapSettingsSchema>;
