import type { AreaKind } from '../../../contracts/areas.ts';

export interface AreasTable {
  id: string;
  kind: AreaKind;
  /** CBS code (GM…, WK…, BU…); unique, and the key a re-import updates by. */
  code: string;
  name: string;
  parent_id: string | null;
  /** Null for a municipality itself; lets one indexed query fetch a whole municipality. */
  municipality_id: string | null;
  population: number | null;
  /** AgeBands as JSON: absolute numbers per band. */
  age_bands_json: string | null;
  /** GeoJSON Polygon or MultiPolygon in WGS84, as imported (rounded to ~1 cm). */
  geometry_json: string | null;
  /** The same outline simplified to ~2 m, for drawing whole municipalities. */
  map_geometry_json: string | null;
  /** [west, south, east, north]. */
  bbox_json: string | null;
  created_at: string;
  updated_at: string;
}

/** Both directions are stored, so "neighbours of X" is one index lookup. */
export interface AreaNeighboursTable {
  area_id: string;
  neighbour_id: string;
}

export interface AreasTables {
  areas: AreasTable;
  area_neighbours: AreaNeighboursTable;
}
