import type { AreaGeometry } from '../../../contracts/areas.ts';
import { bboxOf, polygonsOf, type Bbox, type Position } from './geometry.ts';

const METRES_PER_DEGREE = 111_320;

export interface Outline {
  id: string;
  geometry: AreaGeometry;
}

/**
 * Pairs of outlines that touch: some vertex of one lies within `toleranceMetres` of an edge of
 * the other. Tolerant on purpose: simplified outlines of neighbours no longer share every vertex.
 */
export function touchingPairs(outlines: readonly Outline[], toleranceMetres = 5): Array<[string, string]> {
  const items = outlines
    .map((o) => ({ ...o, bbox: bboxOf([o.geometry]) }))
    .filter((o): o is Outline & { bbox: Bbox } => o.bbox !== null);
  const lat = items[0] ? (items[0].bbox[1] + items[0].bbox[3]) / 2 : 52;
  const scale = Math.cos((lat * Math.PI) / 180);
  const tolerance = toleranceMetres / METRES_PER_DEGREE;
  const pad = (b: Bbox): Bbox => [
    b[0] - tolerance / scale,
    b[1] - tolerance,
    b[2] + tolerance / scale,
    b[3] + tolerance,
  ];
  const pairs: Array<[string, string]> = [];
  // Sweep along longitude so only outlines whose boxes overlap are compared.
  const sorted = [...items].sort((a, b) => a.bbox[0] - b.bbox[0]);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const boxA = pad(a.bbox);
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.bbox[0] > boxA[2]) break;
      if (!overlaps(boxA, b.bbox)) continue;
      if (
        near(a.geometry, b.geometry, pad(b.bbox), tolerance, scale) ||
        near(b.geometry, a.geometry, boxA, tolerance, scale)
      ) {
        pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
      }
    }
  }
  return pairs;
}

function overlaps(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function near(from: AreaGeometry, to: AreaGeometry, toBox: Bbox, tolerance: number, scale: number): boolean {
  const candidates: Position[] = [];
  for (const polygon of polygonsOf(from)) {
    for (const p of polygon[0] ?? [])
      if (p[0]! >= toBox[0] && p[0]! <= toBox[2] && p[1]! >= toBox[1] && p[1]! <= toBox[3]) candidates.push(p);
  }
  if (candidates.length === 0) return false;
  for (const polygon of polygonsOf(to)) {
    const ring = polygon[0] ?? [];
    for (let k = 0; k + 1 < ring.length; k++) {
      for (const p of candidates) if (distance(p, ring[k]!, ring[k + 1]!, scale) <= tolerance) return true;
    }
  }
  return false;
}

function distance(p: Position, a: Position, b: Position, scale: number): number {
  const px = p[0]! * scale;
  const ax = a[0]! * scale;
  const bx = b[0]! * scale;
  const dx = bx - ax;
  const dy = b[1]! - a[1]!;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1]! - a[1]!) * dy) / length));
  return Math.hypot(px - (ax + t * dx), p[1]! - (a[1]! + t * dy));
}
