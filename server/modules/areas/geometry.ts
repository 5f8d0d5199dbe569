import type { AreaGeometry } from '../../../contracts/areas.ts';

export type Position = number[];
export type Ring = Position[];
export type Bbox = [number, number, number, number];

/** The polygons of a geometry, each a list of rings (exterior first). */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function withPolygons(geometry: AreaGeometry, polygons: Ring[][]): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function mapRings(geometry: AreaGeometry, map: (ring: Ring, indexInPolygon: number) => Ring): AreaGeometry {
  return withPolygons(
    geometry,
    polygonsOf(geometry).map((polygon) => polygon.map(map)),
  );
}

export function ringIsClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/** Shoelace area in coordinate units; positive when the ring runs counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. Sources disagree, so we normalise. */
export function orientRfc7946(geometry: AreaGeometry): AreaGeometry {
  return mapRings(geometry, (ring, index) => {
    const counterClockwise = signedArea(ring) > 0;
    const wantCounterClockwise = index === 0;
    return counterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

export function roundGeometry(geometry: AreaGeometry, decimals: number): AreaGeometry {
  const factor = 10 ** decimals;
  const round = (value: number) => Math.round(value * factor) / factor;
  return mapRings(geometry, (ring) => ring.map((p) => [round(p[0]!), round(p[1]!)]));
}

export function bboxOf(geometries: readonly AreaGeometry[]): Bbox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const [x, y] of polygon[0] ?? []) {
        if (x! < west) west = x!;
        if (x! > east) east = x!;
        if (y! < south) south = y!;
        if (y! > north) north = y!;
      }
    }
  }
  return west === Infinity ? null : [west, south, east, north];
}

const METRES_PER_DEGREE = 111_320;

/**
 * Douglas–Peucker on a ring of longitude/latitude, with longitude scaled by cos(latitude) so the
 * tolerance is in metres. A ring that would collapse below a triangle keeps all its points.
 */
export function simplifyRing(ring: Ring, toleranceMetres: number): Ring {
  if (ring.length <= 5) return ring;
  const scale = Math.cos(((ring[0]![1] ?? 0) * Math.PI) / 180);
  const tolerance = toleranceMetres / METRES_PER_DEGREE;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  // A closed ring has first = last, so split it at its farthest point to give DP two open chains.
  const far = farthestFrom(ring, 0, scale);
  keep[far] = 1;
  const stack: Array<[number, number]> = [
    [0, far],
    [far, ring.length - 1],
  ];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = start + 1; i < end; i++) {
      const distance = segmentDistance(ring[i]!, ring[start]!, ring[end]!, scale);
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([start, worst], [worst, end]);
    }
  }
  const simplified = ring.filter((_, i) => keep[i] === 1);
  return simplified.length >= 4 ? simplified : ring;
}

export function simplifyGeometry(geometry: AreaGeometry, toleranceMetres: number): AreaGeometry {
  return mapRings(geometry, (ring) => simplifyRing(ring, toleranceMetres));
}

function farthestFrom(ring: Ring, index: number, scale: number): number {
  const origin = ring[index]!;
  let best = Math.floor(ring.length / 2);
  let bestDistance = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const dx = (ring[i]![0]! - origin[0]!) * scale;
    const dy = ring[i]![1]! - origin[1]!;
    const distance = dx * dx + dy * dy;
    if (distance > bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

function segmentDistance(point: Position, a: Position, b: Position, scale: number): number {
  const px = point[0]! * scale;
  const py = point[1]!;
  const ax = a[0]! * scale;
  const ay = a[1]!;
  const bx = b[0]! * scale;
  const by = b[1]!;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function vertexCount(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length, 0), 0);
}
