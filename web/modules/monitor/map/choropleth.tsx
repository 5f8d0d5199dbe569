import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useWidth } from '../charts/use-width.ts';
import { classOf, paletteFor } from '../class-breaks.ts';
import type { MapFeature } from '../monitor.api.ts';
import { forD3 } from './geometry.ts';

const WIDTH = 800;
const MAX_HEIGHT = 900;
const PAD = 8;

export interface ChoroplethArea {
  feature: MapFeature;
  /** The value coloured on the map (the indicator, or the index); null when not shown. */
  value: number | null;
  suppressed: boolean;
  /** Accessible name of the link, with the value in words. */
  name: string;
  /** Short value label drawn on the area where it fits. */
  label: string;
  href: string;
}

/**
 * A choropleth drawn offline as SVG with d3-geo. Each neighbourhood is a link (keyboard
 * reachable, named with its value); suppressed areas are hatched and areas without a figure
 * dotted, so the map never relies on colour alone, and values are written on the map where they fit.
 */
export function Choropleth({
  areas,
  thresholds,
  label,
}: {
  areas: readonly ChoroplethArea[];
  thresholds: readonly number[];
  label: string;
}) {
  const navigate = useNavigate();
  const { ref, width } = useWidth<HTMLDivElement>(WIDTH);
  // The map scales with the page; its value labels keep a readable size (12px) by growing in map units.
  const scale = WIDTH / Math.max(200, width);
  const fontSize = 12 * scale;
  const palette = paletteFor(thresholds.length + 1);
  const drawing = useMemo(() => {
    const drawn = areas.filter((a) => a.feature.geometry !== null);
    const features = drawn.map((a) => ({
      type: 'Feature' as const,
      id: a.feature.id,
      properties: {},
      geometry: forD3(a.feature.geometry!),
    }));
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
    const shapes = features.map((feature, i) => {
      const [[bx0, by0], [bx1, by1]] = path.bounds(feature);
      const [cx, cy] = path.centroid(feature);
      const area = drawn[i]!;
      return { area, d: path(feature) ?? '', cx, cy, boxWidth: bx1 - bx0, boxHeight: by1 - by0 };
    });
    return { shapes, height: Math.ceil(Number.isFinite(height) ? height : 400) };
  }, [areas]);

  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };

  const fillOf = (area: ChoroplethArea) => {
    if (area.suppressed) return 'url(#ws-hatch)';
    if (area.value === null) return 'url(#ws-dots)';
    return palette[classOf(area.value, thresholds)]!;
  };

  const fits = (s: { area: ChoroplethArea; boxWidth: number; boxHeight: number }) =>
    s.boxWidth > (s.area.label.length * 0.65 + 0.6) * fontSize && s.boxHeight > 1.5 * fontSize;

  return (
    <div ref={ref} className="ws-choropleth__frame">
      <svg className="ws-map ws-choropleth" viewBox={`0 0 ${WIDTH} ${drawing.height}`} role="group" aria-label={label}>
        <defs>
          <MapPatterns />
        </defs>
        {drawing.shapes.map(({ area, d }) => (
          <a
            key={area.feature.id}
            href={area.href}
            onClick={follow(area.href)}
            aria-label={area.name}
            className="ws-map__area"
          >
            <title>{area.name}</title>
            <path d={d} fill={fillOf(area)} className="ws-map__shape ws-choropleth__shape" />
          </a>
        ))}
        {drawing.shapes.filter(fits).map(({ area, cx, cy }) => (
          <text
            key={`label-${area.feature.id}`}
            x={cx}
            y={cy}
            className="ws-choropleth__label"
            style={{ fontSize: `${fontSize}px`, strokeWidth: `${3 * scale}px` }}
            aria-hidden="true"
          >
            {area.label}
          </text>
        ))}
      </svg>
    </div>
  );
}

/** Hatching for "not shown" (privacy) and dots for "no figure": also in the legend. */
export function MapPatterns() {
  return (
    <>
      <pattern id="ws-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#4b4b4b" strokeWidth="3" />
      </pattern>
      <pattern id="ws-dots" patternUnits="userSpaceOnUse" width="8" height="8">
        <rect width="8" height="8" fill="#e6e6e6" />
        <circle cx="4" cy="4" r="1.5" fill="#4b4b4b" />
      </pattern>
    </>
  );
}
