import type { Random } from './random.ts';

/**
 * A fictional town's neighbourhoods as polygons that tile the map without gaps or overlaps: a
 * jittered grid of quads whose shared edges wiggle (each edge is computed once and used by both
 * cells on either side, so neighbours always agree on their border).
 */

export type Point = [number, number];

export interface TownCell {
  col: number;
  row: number;
  /** 0-based district number. */
  district: number;
  /** Closed, counter-clockwise ring in longitude/latitude. */
  ring: Point[];
  /** Higher near the centre: a denser town centre. */
  density: number;
  /** Indices (into the returned cells) of the cells this one touches, corners included. */
  touches: number[];
}

export interface TownLayout {
  cells: TownCell[];
  districts: number;
}

const ORIGIN = { lon: 5.52, lat: 52.43 }; // a polder in Flevoland: flat, and far from real towns' names
const CELL_METRES = { east: 900, north: 800 };
const METRES_PER_DEGREE = 111_320;
const CORNER_JITTER = 0.25;
const EDGE_WIGGLE = 0.08;

export function layOutTown(random: Random, neighbourhoods: number, districts: number): TownLayout {
  const size = Math.ceil(Math.sqrt(neighbourhoods * 1.3)) + 2;
  const chosen = chooseCells(random, size, neighbourhoods);
  const lattice = jitteredLattice(random, size);
  const edges = wigglyEdges(random, size, lattice);
  const district = growDistricts(random, chosen, size, Math.min(districts, neighbourhoods));

  const toLonLat = (p: Point): Point => {
    const lon = ORIGIN.lon + (p[0] * CELL_METRES.east) / (METRES_PER_DEGREE * Math.cos((ORIGIN.lat * Math.PI) / 180));
    const lat = ORIGIN.lat + (p[1] * CELL_METRES.north) / METRES_PER_DEGREE;
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  };
  const centre = (size - 1) / 2;
  const order = [...chosen].sort(
    (a, b) => district.get(a)! - district.get(b)! || Math.floor(a / size) - Math.floor(b / size) || a - b,
  );
  const position = new Map(order.map((cell, i) => [cell, i]));
  const cells = order.map((cell): TownCell => {
    const col = cell % size;
    const row = Math.floor(cell / size);
    const distance = Math.hypot(col - centre, row - centre) / (size / 2);
    const touches: number[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const other = (row + dr) * size + (col + dc);
        if ((dr !== 0 || dc !== 0) && col + dc >= 0 && col + dc < size && position.has(other))
          touches.push(position.get(other)!);
      }
    }
    return {
      col,
      row,
      district: district.get(cell)!,
      ring: cellRing(col, row, size, lattice, edges).map(toLonLat),
      density: Math.max(0.3, 1.5 - distance) * (0.75 + 0.5 * random.next()),
      touches: touches.sort((a, b) => a - b),
    };
  });
  return { cells, districts: new Set(cells.map((c) => c.district)).size };
}

/** A roundish blob of grid cells, connected, picked by noisy distance from the centre. */
function chooseCells(random: Random, size: number, count: number): number[] {
  const centre = (size - 1) / 2;
  for (const noise of [0.35, 0.15, 0]) {
    const scored = Array.from({ length: size * size }, (_, cell) => {
      const col = cell % size;
      const row = Math.floor(cell / size);
      const score = Math.hypot(col - centre, (row - centre) * 1.15) / size + noise * random.next();
      return { cell, score };
    });
    const edge = (cell: number) =>
      cell % size === 0 || cell % size === size - 1 || cell < size || cell >= size * (size - 1);
    const ranked = scored
      .filter((s) => !edge(s.cell))
      .sort((a, b) => a.score - b.score || a.cell - b.cell)
      .map((s) => s.cell);
    const picked = ranked.slice(0, count);
    if (picked.length === count && connected(picked, size))
      return fillHoles(new Set(picked), ranked, size).sort((a, b) => a - b);
  }
  throw new Error(`cannot lay out ${count} neighbourhoods`);
}

/**
 * A town has no holes: a free cell enclosed by chosen ones is taken in, and in exchange the
 * outermost chosen cell on the edge of the town is let go (keeping the town in one piece).
 */
function fillHoles(picked: Set<number>, ranked: readonly number[], size: number): number[] {
  for (let round = 0; round < ranked.length; round++) {
    const outside = new Set<number>();
    const queue: number[] = [];
    for (let cell = 0; cell < size * size; cell++) {
      const col = cell % size;
      const border = col === 0 || col === size - 1 || cell < size || cell >= size * (size - 1);
      if (border && !picked.has(cell)) {
        outside.add(cell);
        queue.push(cell);
      }
    }
    while (queue.length > 0) {
      for (const next of sideNeighbours(queue.pop()!, size)) {
        if (!picked.has(next) && !outside.has(next)) {
          outside.add(next);
          queue.push(next);
        }
      }
    }
    const hole = ranked.find((cell) => !picked.has(cell) && !outside.has(cell));
    if (hole === undefined) break;
    picked.add(hole);
    for (let i = ranked.length - 1; i >= 0; i--) {
      const candidate = ranked[i]!;
      if (!picked.has(candidate) || candidate === hole || !sideNeighbours(candidate, size).some((n) => outside.has(n)))
        continue;
      picked.delete(candidate);
      if (connected([...picked], size)) break;
      picked.add(candidate);
    }
  }
  return [...picked];
}

function connected(cells: readonly number[], size: number): boolean {
  const inside = new Set(cells);
  const seen = new Set([cells[0]!]);
  const queue = [cells[0]!];
  while (queue.length > 0) {
    const cell = queue.pop()!;
    for (const next of sideNeighbours(cell, size)) {
      if (inside.has(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.size === cells.length;
}

function sideNeighbours(cell: number, size: number): number[] {
  const col = cell % size;
  const out: number[] = [];
  if (col > 0) out.push(cell - 1);
  if (col < size - 1) out.push(cell + 1);
  if (cell >= size) out.push(cell - size);
  if (cell < size * (size - 1)) out.push(cell + size);
  return out;
}

/** (size+1)² corner points, each moved a little, in grid units. */
function jitteredLattice(random: Random, size: number): Point[] {
  const points: Point[] = [];
  for (let row = 0; row <= size; row++) {
    for (let col = 0; col <= size; col++) {
      points.push([col + (random.next() - 0.5) * 2 * CORNER_JITTER, row + (random.next() - 0.5) * 2 * CORNER_JITTER]);
    }
  }
  return points;
}

interface Edges {
  /** Inner points of the edge from corner (col,row) to (col+1,row). */
  horizontal: Point[][];
  /** Inner points of the edge from corner (col,row) to (col,row+1). */
  vertical: Point[][];
}

function wigglyEdges(random: Random, size: number, lattice: readonly Point[]): Edges {
  const corner = (col: number, row: number) => lattice[row * (size + 1) + col]!;
  const inner = (a: Point, b: Point): Point[] => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    const normal: Point = [-dy / length, dx / length];
    const bend = (random.next() - 0.5) * 2 * EDGE_WIGGLE;
    return [0.25, 0.5, 0.75].map((t) => {
      const offset = bend * Math.sin(Math.PI * t) + (random.next() - 0.5) * EDGE_WIGGLE * 0.5;
      return [a[0] + dx * t + normal[0] * offset, a[1] + dy * t + normal[1] * offset];
    });
  };
  const horizontal: Point[][] = [];
  const vertical: Point[][] = [];
  for (let row = 0; row <= size; row++) {
    for (let col = 0; col <= size; col++) {
      horizontal.push(col < size ? inner(corner(col, row), corner(col + 1, row)) : []);
      vertical.push(row < size ? inner(corner(col, row), corner(col, row + 1)) : []);
    }
  }
  return { horizontal, vertical };
}

/** Counter-clockwise (x east, y north): bottom, right, top reversed, left reversed. */
function cellRing(col: number, row: number, size: number, lattice: readonly Point[], edges: Edges): Point[] {
  const at = (c: number, r: number) => r * (size + 1) + c;
  const corner = (c: number, r: number) => lattice[at(c, r)]!;
  return [
    corner(col, row),
    ...edges.horizontal[at(col, row)]!,
    corner(col + 1, row),
    ...edges.vertical[at(col + 1, row)]!,
    corner(col + 1, row + 1),
    ...[...edges.horizontal[at(col, row + 1)]!].reverse(),
    corner(col, row + 1),
    ...[...edges.vertical[at(col, row)]!].reverse(),
    corner(col, row),
  ];
}

/**
 * Districts grow one cell per round from well-spread seeds, each taking the free neighbouring
 * cell closest to its seed: contiguous districts of similar size.
 */
function growDistricts(random: Random, cells: readonly number[], size: number, count: number): Map<number, number> {
  const xy = (cell: number): Point => [cell % size, Math.floor(cell / size)];
  const distance = (a: number, b: number) => Math.hypot(xy(a)[0] - xy(b)[0], xy(a)[1] - xy(b)[1]);
  const seeds = [cells[random.int(0, cells.length)]!];
  while (seeds.length < count) {
    let best = cells[0]!;
    let bestDistance = -1;
    for (const cell of cells) {
      const nearest = Math.min(...seeds.map((s) => distance(cell, s)));
      if (nearest > bestDistance) {
        best = cell;
        bestDistance = nearest;
      }
    }
    seeds.push(best);
  }
  const inside = new Set(cells);
  const owner = new Map(seeds.map((seed, d) => [seed, d]));
  while (owner.size < cells.length) {
    let grew = false;
    for (let d = 0; d < seeds.length; d++) {
      let best: number | undefined;
      for (const [cell, o] of owner) {
        if (o !== d) continue;
        for (const next of sideNeighbours(cell, size)) {
          if (!inside.has(next) || owner.has(next)) continue;
          if (
            best === undefined ||
            distance(next, seeds[d]!) < distance(best, seeds[d]!) ||
            (distance(next, seeds[d]!) === distance(best, seeds[d]!) && next < best)
          )
            best = next;
        }
      }
      if (best !== undefined) {
        owner.set(best, d);
        grew = true;
      }
    }
    if (!grew) break;
  }
  // Districts numbered by where they start, north-west first, so codes read like a map.
  const order = seeds
    .map((seed, d) => ({ d, seed }))
    .sort((a, b) => xy(b.seed)[1] - xy(a.seed)[1] || xy(a.seed)[0] - xy(b.seed)[0]);
  const renumber = new Map(order.map((o, i) => [o.d, i]));
  return new Map([...owner].map(([cell, d]) => [cell, renumber.get(d)!]));
}
