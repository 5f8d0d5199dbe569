import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { AreaFeature, AreaGeometry, AreaMap as AreaMapData } from '../../../contracts/areas.ts';

const WIDTH = 800;
const MAX_HEIGHT = 900;
const PAD = 8;
const TILE = 256;

/** Calm, distinguishable fills for districts (and readable dark text on each). */
export const DISTRICT_FILLS = [
  '#cfe3f0',
  '#f6dcb8',
  '#d7ecd1',
  '#ead5ee',
  '#f3d1d1',
  '#d9e0e8',
  '#f2ecc2',
  '#cde9e6',
  '#e3d9c9',
  '#dcd6f0',
];

/**
 * The server sends RFC 7946 outlines (exterior rings counter-clockwise); d3-geo works on the
 * sphere and reads that as "everything but this", so the rings are turned around for drawing.
 */
function forD3(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
      };
}

interface Tile {
  key: string;
  href: string;
  x: number;
  y: number;
  size: number;
}

/** Web Mercator XYZ tiles under the drawing, for the optional base map (MAP_TILE_URL). */
function tilesFor(projection: GeoProjection, width: number, height: number, template: string): Tile[] {
  const world = projection.scale() * 2 * Math.PI;
  const [tx, ty] = projection.translate();
  const originX = tx - world / 2;
  const originY = ty - world / 2;
  const z = Math.max(0, Math.min(19, Math.round(Math.log2(world / TILE))));
  const count = 2 ** z;
  const size = world / count;
  const tiles: Tile[] = [];
  for (
    let x = Math.max(0, Math.floor(-originX / size));
    x <= Math.min(count - 1, Math.floor((width - originX) / size));
    x++
  ) {
    for (
      let y = Math.max(0, Math.floor(-originY / size));
      y <= Math.min(count - 1, Math.floor((height - originY) / size));
      y++
    ) {
      const href = template
        .replace('{z}', String(z))
        .replace('{x}', String(x))
        .replace('{y}', String(y))
        .replace('{s}', 'a');
      tiles.push({ key: `${z}/${x}/${y}`, href, x: originX + x * size, y: originY + y * size, size });
    }
  }
  return tiles;
}

export interface AreaMapProps {
  map: AreaMapData;
  /** What the map shows, for screen readers. */
  label: string;
  hrefOf: (feature: AreaFeature) => string;
  /** The accessible name of each neighbourhood's link, e.g. with its population. */
  describe: (feature: AreaFeature) => string;
  fillOf: (feature: AreaFeature) => string;
  highlightId?: string | undefined;
  tileUrl?: string | null | undefined;
  /** Names on the map, where they fit. */
  labels?: boolean;
}

/**
 * A neighbourhood map drawn as SVG with d3-geo: no map service needed. Each neighbourhood is a
 * link to its page, reachable by keyboard; the page lists the same links in text as well.
 */
export function AreaMap({ map, label, hrefOf, describe, fillOf, highlightId, tileUrl, labels = true }: AreaMapProps) {
  const navigate = useNavigate();
  const drawing = useMemo(() => {
    const features = map.features.map((f) => ({ ...f, geometry: forD3(f.geometry) }));
    const collection = { type: 'FeatureCollection' as const, features };
    const projection = geoMercator().fitWidth(WIDTH - 2 * PAD, collection);
    const [[x0, y0], [, y1]] = geoPath(projection).bounds(collection);
    let height = y1 - y0 + 2 * PAD;
    if (height > MAX_HEIGHT) {
      projection.fitExtent(
        [
          [PAD, PAD],
          [WIDTH - PAD, MAX_HEIGHT - PAD],
        ],
        collection,
      );
      height = MAX_HEIGHT;
    } else {
      const [tx, ty] = projection.translate();
      projection.translate([tx + PAD - x0, ty + PAD - y0]);
    }
    const path = geoPath(projection);
    const shapes = features.map((feature) => {
      const [[bx0, by0], [bx1, by1]] = path.bounds(feature);
      const [cx, cy] = path.centroid(feature);
      const fits = bx1 - bx0 > feature.properties.name.length * 7.4 + 12 && by1 - by0 > 18;
      return { feature, d: path(feature) ?? '', centroid: [cx, cy] as const, fits };
    });
    return {
      shapes,
      height: Math.ceil(height),
      tiles: tileUrl ? tilesFor(projection, WIDTH, Math.ceil(height), tileUrl) : [],
    };
  }, [map, tileUrl]);

  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };

  const original = new Map(map.features.map((f) => [f.id, f]));
  return (
    <svg
      className={`ws-map${highlightId ? ' ws-map--focus' : ''}${drawing.tiles.length > 0 ? ' ws-map--tiles' : ''}`}
      viewBox={`0 0 ${WIDTH} ${drawing.height}`}
      role="group"
      aria-label={label}
    >
      {drawing.tiles.map((tile) => (
        <image
          key={tile.key}
          href={tile.href}
          x={tile.x}
          y={tile.y}
          width={tile.size + 0.5}
          height={tile.size + 0.5}
          aria-hidden="true"
        />
      ))}
      {drawing.shapes.map(({ feature, d }) => {
        const source = original.get(feature.id)!;
        const href = hrefOf(source);
        const current = feature.id === highlightId;
        return (
          <a
            key={feature.id}
            href={href}
            onClick={follow(href)}
            aria-label={describe(source)}
            aria-current={current ? 'page' : undefined}
            className="ws-map__area"
          >
            <title>{describe(source)}</title>
            <path
              d={d}
              fill={fillOf(source)}
              className={current ? 'ws-map__shape ws-map__shape--current' : 'ws-map__shape'}
            />
          </a>
        );
      })}
      {labels &&
        drawing.shapes
          .filter((s) => s.fits)
          .map(({ feature, centroid }) => (
            <text
              key={`label-${feature.id}`}
              x={centroid[0]}
              y={centroid[1]}
              className="ws-map__label"
              aria-hidden="true"
            >
              {feature.properties.name}
            </text>
          ))}
    </svg>
  );
}
