import { expect, test } from 'vitest';
import { signedArea } from '../../modules/areas/geometry.ts';
import { createRandom } from './random.ts';
import { layOutTown } from './town-map.ts';

test.each([
  [3, 1],
  [20, 3],
  [67, 10],
  [333, 48],
])(
  '%i neighbourhoods in %i districts: closed, counter-clockwise, simple rings that tile without overlaps',
  (neighbourhoods, districts) => {
    const town = layOutTown(createRandom(`tiles-${neighbourhoods}`), neighbourhoods, districts);
    expect(town.cells).toHaveLength(neighbourhoods);
    expect(town.districts).toBe(districts);
    const rings = town.cells.map((c) => c.ring);
    for (const ring of rings) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea(ring)).toBeGreaterThan(0);
      expect(selfIntersects(ring)).toBe(false);
    }
    // Sample the town's bounding box: no point lies in two neighbourhoods.
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    let inside = 0;
    const samples = 4_000;
    for (let i = 0; i < samples; i++) {
      const point = [
        west + ((i * 0.6180339887) % 1) * (east - west),
        south + ((i * 0.7548776662) % 1) * (north - south),
      ];
      const hits = rings.filter((ring) => contains(ring, point)).length;
      expect(hits).toBeLessThanOrEqual(1);
      inside += hits;
    }
    expect(inside).toBeGreaterThan(samples * 0.3);
    expect(holes(town)).toBe(0);
    // Touching is mutual, and every district is one connected piece.
    town.cells.forEach((cell, i) => {
      for (const j of cell.touches) expect(town.cells[j]!.touches).toContain(i);
    });
    for (let d = 0; d < districts; d++) {
      const members = town.cells.map((c, i) => (c.district === d ? i : -1)).filter((i) => i >= 0);
      const sideBySide = (a: number, b: number) =>
        Math.abs(town.cells[a]!.col - town.cells[b]!.col) + Math.abs(town.cells[a]!.row - town.cells[b]!.row) === 1;
      const reached = new Set([members[0]!]);
      const queue = [members[0]!];
      while (queue.length > 0) {
        const a = queue.pop()!;
        for (const b of members) {
          if (reached.has(b) || !sideBySide(a, b)) continue;
          reached.add(b);
          queue.push(b);
        }
      }
      expect(reached.size, `district ${d}`).toBe(members.length);
    }
  },
);

test('towns have no holes, whatever the seed', () => {
  for (let seed = 0; seed < 40; seed++) {
    for (const [neighbourhoods, districts] of [
      [20, 3],
      [67, 10],
    ] as const) {
      expect(
        holes(layOutTown(createRandom(`holes-${seed}`), neighbourhoods, districts)),
        `seed ${seed}, ${neighbourhoods}`,
      ).toBe(0);
    }
  }
});

test('the same random stream gives the same town', () => {
  expect(layOutTown(createRandom('same'), 40, 6)).toEqual(layOutTown(createRandom('same'), 40, 6));
});

function contains(ring: number[][], point: number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > point[1]! !== yj! > point[1]! && point[0]! < ((xj! - xi!) * (point[1]! - yi!)) / (yj! - yi!) + xi!)
      inside = !inside;
  }
  return inside;
}

function selfIntersects(ring: number[][]): boolean {
  const n = ring.length - 1;
  const cross = (a: number[], b: number[], c: number[]) =>
    (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, c, d] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0) return true;
    }
  }
  return false;
}

/** Free grid cells that cannot reach the outside without crossing the town. */
function holes(town: ReturnType<typeof layOutTown>): number {
  const taken = new Set(town.cells.map((c) => `${c.col},${c.row}`));
  const cols = town.cells.map((c) => c.col);
  const rows = town.cells.map((c) => c.row);
  const [minCol, maxCol, minRow, maxRow] = [
    Math.min(...cols) - 1,
    Math.max(...cols) + 1,
    Math.min(...rows) - 1,
    Math.max(...rows) + 1,
  ];
  const outside = new Set([`${minCol},${minRow}`]);
  const queue: Array<[number, number]> = [[minCol, minRow]];
  while (queue.length > 0) {
    const [c, r] = queue.pop()!;
    for (const [nc, nr] of [
      [c + 1, r],
      [c - 1, r],
      [c, r + 1],
      [c, r - 1],
    ] as const) {
      const key = `${nc},${nr}`;
      if (nc < minCol || nc > maxCol || nr < minRow || nr > maxRow || taken.has(key) || outside.has(key)) continue;
      outside.add(key);
      queue.push([nc, nr]);
    }
  }
  return (maxCol - minCol + 1) * (maxRow - minRow + 1) - outside.size - taken.size;
}
