import { CBS_CODE_PATTERNS, type AgeBands, type AreaGeometry } from '../../../contracts/areas.ts';
import { AreaImportError, type ImportIssue } from './area-import-error.ts';
import { crsFromRange, declaredCrs, rdToWgs84, type SourceCrs } from './crs.ts';
import {
  bboxOf,
  mapRings,
  orientRfc7946,
  polygonsOf,
  ringIsClosed,
  roundGeometry,
  simplifyGeometry,
  type Bbox,
} from './geometry.ts';

/**
 * Reads a GeoJSON FeatureCollection shaped like the CBS wijk- en buurtkaart (one feature per
 * buurt) into an import plan. Everything is checked before anything is written: a bad file is
 * refused with the number of each bad feature and the reason.
 */

export { AreaImportError, describeIssue, type ImportIssue } from './area-import-error.ts';

export interface PlannedNeighbourhood {
  feature: number;
  code: string;
  name: string;
  districtCode: string;
  municipalityCode: string;
  population: number | null;
  ageBands: AgeBands | null;
  geometry: AreaGeometry;
  mapGeometry: AreaGeometry;
  bbox: Bbox | null;
}

export interface ImportPlan {
  sourceCrs: SourceCrs;
  features: number;
  /** Code → name from the file, or null when the file only refers to an area already in the database. */
  municipalities: Map<string, string | null>;
  districts: Map<string, { name: string | null; municipalityCode: string }>;
  neighbourhoods: PlannedNeighbourhood[];
}

/** Names of municipalities and districts already in the database, by code. */
export type KnownAreaNames = ReadonlyMap<string, string>;

export type ImportProgress = (done: number, total: number) => void;

const MAX_ISSUES = 50;
/** Simplification for the map: invisible at municipality scale, and it shrinks real outlines ~5–10×. */
export const MAP_TOLERANCE_METRES = 2;

const CODE_SHAPES: Record<keyof typeof CBS_CODE_PATTERNS, string> = {
  municipality: 'GM and 4 digits',
  district: 'WK and 6 digits',
  neighbourhood: 'BU and 8 digits',
};

const POPULATION_KEYS = ['aantalInwoners', 'AANT_INW'];
const AGE_BAND_KEYS: Record<keyof AgeBands, { absolute: string[]; percentage: string[] }> = {
  age0to14: { absolute: ['A_00_14'], percentage: ['P_00_14_JR', 'percentagePersonen0Tot15Jaar'] },
  age15to24: { absolute: ['A_15_24'], percentage: ['P_15_24_JR', 'percentagePersonen15Tot25Jaar'] },
  age25to44: { absolute: ['A_25_44'], percentage: ['P_25_44_JR', 'percentagePersonen25Tot45Jaar'] },
  age45to64: { absolute: ['A_45_64'], percentage: ['P_45_64_JR', 'percentagePersonen45Tot65Jaar'] },
  age65plus: { absolute: ['A_65_OO', 'A_65_EO'], percentage: ['P_65_EO_JR', 'percentagePersonen65JaarEnOuder'] },
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Issues {
  readonly list: ImportIssue[] = [];
  add(feature: number | null, reason: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ feature, reason });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

export function parseAreaFile(text: string, known: KnownAreaNames, onProgress?: ImportProgress): ImportPlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AreaImportError([{ feature: null, reason: `the file is not valid JSON (${(error as Error).message})` }]);
  }
  return planImport(value, known, onProgress);
}

interface ParsedFeature {
  feature: number;
  code: string;
  name: string;
  districtCode: string;
  districtName: string | null;
  municipalityCode: string;
  municipalityName: string | null;
  population: number | null;
  ageBands: AgeBands | null;
  geometry: AreaGeometry;
}

export function planImport(value: unknown, known: KnownAreaNames, onProgress?: ImportProgress): ImportPlan {
  const issues = new Issues();
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    throw new AreaImportError([
      {
        feature: null,
        reason:
          'the file is not a GeoJSON FeatureCollection (expected "type": "FeatureCollection" and a "features" array)',
      },
    ]);
  }
  const features: unknown[] = value.features;
  if (features.length === 0)
    throw new AreaImportError([{ feature: null, reason: 'the FeatureCollection has no features' }]);

  let declared: SourceCrs | undefined;
  try {
    declared = declaredCrs(value.crs);
  } catch (error) {
    issues.add(null, (error as Error).message);
  }

  const parsed: ParsedFeature[] = [];
  const firstFeatureOf = new Map<string, number>();
  const districtNames = new Map<string, { name: string; feature: number }>();
  const municipalityNames = new Map<string, { name: string; feature: number }>();
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

  features.forEach((raw, index) => {
    const number = index + 1;
    const feature = parseFeature(raw, number, issues);
    onProgress?.(number, features.length * 2);
    if (!feature) return;
    const earlier = firstFeatureOf.get(feature.code);
    if (earlier !== undefined) {
      issues.add(number, `buurtcode ${feature.code} appears again (first in feature ${earlier})`);
      return;
    }
    firstFeatureOf.set(feature.code, number);
    agreeOnName(districtNames, feature.districtCode, feature.districtName, number, 'wijknaam', issues);
    agreeOnName(municipalityNames, feature.municipalityCode, feature.municipalityName, number, 'gemeentenaam', issues);
    for (const polygon of polygonsOf(feature.geometry)) {
      for (const [x, y] of polygon.flat()) {
        if (x! < bounds.minX) bounds.minX = x!;
        if (x! > bounds.maxX) bounds.maxX = x!;
        if (y! < bounds.minY) bounds.minY = y!;
        if (y! > bounds.maxY) bounds.maxY = y!;
      }
    }
    parsed.push(feature);
  });

  const municipalities = new Map<string, string | null>();
  const districts = new Map<string, { name: string | null; municipalityCode: string }>();
  for (const feature of parsed) {
    if (!municipalities.has(feature.municipalityCode)) {
      const name = municipalityNames.get(feature.municipalityCode)?.name ?? null;
      if (name === null && !known.has(feature.municipalityCode)) {
        issues.add(
          feature.feature,
          `municipality ${feature.municipalityCode} is unknown: no feature gives its gemeentenaam and it is not in the database`,
        );
      }
      municipalities.set(feature.municipalityCode, name);
    }
    if (!districts.has(feature.districtCode)) {
      const name = districtNames.get(feature.districtCode)?.name ?? null;
      if (name === null && !known.has(feature.districtCode)) {
        issues.add(
          feature.feature,
          `district ${feature.districtCode} is unknown: no feature gives its wijknaam and it is not in the database`,
        );
      }
      districts.set(feature.districtCode, { name, municipalityCode: feature.municipalityCode });
    }
  }

  const sourceCrs = declared ?? (issues.any ? undefined : crsFromRange(bounds));
  if (!issues.any && sourceCrs === undefined) {
    issues.add(
      null,
      `the coordinates (x ${bounds.minX}…${bounds.maxX}, y ${bounds.minY}…${bounds.maxY}) are neither WGS84 degrees nor RD New metres, and the file declares no "crs"`,
    );
  }
  if (issues.any || sourceCrs === undefined) throw new AreaImportError(issues.list);

  const neighbourhoods = parsed.map((feature, index): PlannedNeighbourhood => {
    onProgress?.(features.length + index + 1, features.length * 2);
    const projected =
      sourceCrs === 'WGS84' ? feature.geometry : mapRings(feature.geometry, (ring) => ring.map(rdToWgs84));
    const geometry = roundGeometry(orientRfc7946(projected), 7);
    return {
      feature: feature.feature,
      code: feature.code,
      name: feature.name,
      districtCode: feature.districtCode,
      municipalityCode: feature.municipalityCode,
      population: feature.population,
      ageBands: feature.ageBands,
      geometry,
      mapGeometry: simplifyGeometry(geometry, MAP_TOLERANCE_METRES),
      bbox: bboxOf([geometry]),
    };
  });
  onProgress?.(features.length * 2, features.length * 2);
  return { sourceCrs, features: features.length, municipalities, districts, neighbourhoods };
}

function agreeOnName(
  names: Map<string, { name: string; feature: number }>,
  code: string,
  name: string | null,
  feature: number,
  property: string,
  issues: Issues,
): void {
  if (name === null) return;
  const earlier = names.get(code);
  if (!earlier) names.set(code, { name, feature });
  else if (earlier.name !== name)
    issues.add(
      feature,
      `${property} "${name}" for ${code} differs from "${earlier.name}" in feature ${earlier.feature}`,
    );
}

function text(properties: Json, key: string): string | null {
  const value = properties[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function parseFeature(raw: unknown, number: number, issues: Issues): ParsedFeature | undefined {
  if (!isObject(raw) || raw.type !== 'Feature') {
    issues.add(number, 'is not a GeoJSON Feature');
    return undefined;
  }
  const properties = isObject(raw.properties) ? raw.properties : {};
  const before = issues.list.length;

  const code = requireCode(properties, 'buurtcode', 'neighbourhood', number, issues);
  const districtCode = requireCode(properties, 'wijkcode', 'district', number, issues);
  const municipalityCode = requireCode(properties, 'gemeentecode', 'municipality', number, issues);
  const name = text(properties, 'buurtnaam');
  if (name === null) issues.add(number, `missing buurtnaam${code ? ` for ${code}` : ''}`);
  if (code && districtCode && !code.slice(2).startsWith(districtCode.slice(2))) {
    issues.add(
      number,
      `buurtcode ${code} does not belong to wijkcode ${districtCode} (CBS codes nest: BU + the wijk's digits + 2)`,
    );
  }
  if (districtCode && municipalityCode && !districtCode.slice(2).startsWith(municipalityCode.slice(2))) {
    issues.add(number, `wijkcode ${districtCode} does not belong to gemeentecode ${municipalityCode}`);
  }
  const population = readCount(properties, POPULATION_KEYS, number, issues);
  const ageBands = readAgeBands(properties, population, number, issues);
  const geometry = readGeometry(raw.geometry, number, code, issues);

  if (issues.list.length > before || !code || !districtCode || !municipalityCode || !name || !geometry)
    return undefined;
  return {
    feature: number,
    code,
    name,
    districtCode,
    districtName: text(properties, 'wijknaam'),
    municipalityCode,
    municipalityName: text(properties, 'gemeentenaam'),
    population,
    ageBands,
    geometry,
  };
}

function requireCode(
  properties: Json,
  key: string,
  kind: keyof typeof CBS_CODE_PATTERNS,
  number: number,
  issues: Issues,
): string | null {
  const value = properties[key];
  if (value === undefined || value === null || value === '') {
    issues.add(number, `missing ${key}`);
    return null;
  }
  const code = String(value).trim();
  if (!CBS_CODE_PATTERNS[kind].test(code)) {
    issues.add(number, `${key} "${code}" is not a CBS ${kind} code (${CODE_SHAPES[kind]})`);
    return null;
  }
  return code;
}

/** A number, or null when absent. CBS marks secret or unknown figures with negative values. */
function readNumber(properties: Json, keys: readonly string[], number: number, issues: Issues): number | null {
  for (const key of keys) {
    const value = properties[key];
    if (value === undefined || value === null || value === '') continue;
    const parsed =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
          ? Number(value)
          : NaN;
    if (!Number.isFinite(parsed)) {
      issues.add(number, `${key} is not a number (${JSON.stringify(value)})`);
      return null;
    }
    return parsed < 0 ? null : parsed;
  }
  return null;
}

function readCount(properties: Json, keys: readonly string[], number: number, issues: Issues): number | null {
  const value = readNumber(properties, keys, number, issues);
  return value === null ? null : Math.round(value);
}

function readAgeBands(properties: Json, population: number | null, number: number, issues: Issues): AgeBands | null {
  const bands = Object.keys(AGE_BAND_KEYS) as Array<keyof AgeBands>;
  const absolute = bands.map((band) => readCount(properties, AGE_BAND_KEYS[band].absolute, number, issues));
  if (absolute.every((v) => v !== null))
    return Object.fromEntries(bands.map((band, i) => [band, absolute[i]])) as AgeBands;
  if (population === null) return null;
  const percentages = bands.map((band) => readNumber(properties, AGE_BAND_KEYS[band].percentage, number, issues));
  if (!percentages.every((v) => v !== null)) return null;
  return Object.fromEntries(
    bands.map((band, i) => [band, Math.round(((percentages[i] ?? 0) * population) / 100)]),
  ) as AgeBands;
}

function readGeometry(raw: unknown, number: number, code: string | null, issues: Issues): AreaGeometry | null {
  const where = code ? ` (${code})` : '';
  if (!isObject(raw)) {
    issues.add(number, `has no geometry${where}`);
    return null;
  }
  if (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon') {
    issues.add(number, `geometry type ${String(raw.type)} is not supported${where}; use Polygon or MultiPolygon`);
    return null;
  }
  const polygons: unknown[] | null = Array.isArray(raw.coordinates)
    ? raw.type === 'Polygon'
      ? [raw.coordinates]
      : raw.coordinates
    : null;
  if (polygons === null || polygons.length === 0) {
    issues.add(number, `the ${raw.type} has no coordinates${where}`);
    return null;
  }
  const multi = raw.type === 'MultiPolygon';
  const valid: number[][][][] = [];
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      issues.add(number, `polygon ${p + 1} has no rings${where}`);
      return null;
    }
    const rings: number[][][] = [];
    for (const [r, ring] of polygon.entries()) {
      const label = `${multi ? `polygon ${p + 1}, ` : 'polygon '}ring ${r + 1}${where}`;
      if (
        !Array.isArray(ring) ||
        !ring.every(
          (pos) =>
            Array.isArray(pos) && pos.length >= 2 && pos.every((n) => typeof n === 'number' && Number.isFinite(n)),
        )
      ) {
        issues.add(number, `${label} has a position that is not a pair of numbers`);
        return null;
      }
      const positions = ring as number[][];
      if (positions.length < 4) {
        issues.add(number, `${label} has ${positions.length} positions; a closed ring needs at least 4`);
        return null;
      }
      if (!ringIsClosed(positions)) {
        issues.add(number, `${label} is not closed: its first and last positions differ`);
        return null;
      }
      rings.push(positions.map((pos) => [pos[0]!, pos[1]!]));
    }
    valid.push(rings);
  }
  return multi ? { type: 'MultiPolygon', coordinates: valid } : { type: 'Polygon', coordinates: valid[0]! };
}
