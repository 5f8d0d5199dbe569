import proj4 from 'proj4';

export type SourceCrs = 'WGS84' | 'RD New (EPSG:28992)';

// Amersfoort / RD New with the standard 7-parameter datum shift: about a metre from RDNAPTRANS,
// well inside what a neighbourhood outline needs.
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const fromRd = proj4(RD_NEW, 'WGS84');

/** Reprojects one RD New [x, y] in metres to WGS84 [longitude, latitude]. */
export function rdToWgs84(position: readonly number[]): [number, number] {
  const [lon, lat] = fromRd.forward([position[0]!, position[1]!]);
  return [lon!, lat!];
}

/** The inverse, for tests and fixtures. */
export function wgs84ToRd(position: readonly number[]): [number, number] {
  const [x, y] = fromRd.inverse([position[0]!, position[1]!]);
  return [x!, y!];
}

/**
 * The CRS a file declares (`crs.properties.name`), or undefined when it declares none.
 * Throws a message for a CRS we cannot read.
 */
export function declaredCrs(crs: unknown): SourceCrs | undefined {
  if (crs === undefined || crs === null) return undefined;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') throw new Error('the "crs" member has no properties.name');
  if (/28992/.test(name)) return 'RD New (EPSG:28992)';
  if (/CRS84|EPSG:+4326|EPSG\/0\/4326/i.test(name)) return 'WGS84';
  throw new Error(`the coordinate reference system ${name} is not supported; use WGS84 (CRS84) or RD New (EPSG:28992)`);
}

/** Without a declaration, the numbers tell: degrees fit in ±180/±90, RD metres cover the Netherlands. */
export function crsFromRange(bounds: {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}): SourceCrs | undefined {
  const { minX, minY, maxX, maxY } = bounds;
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return 'WGS84';
  if (minX >= -7_000 && maxX <= 300_000 && minY >= 289_000 && maxY <= 629_000) return 'RD New (EPSG:28992)';
  return undefined;
}
