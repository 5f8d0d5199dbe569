import type { AreaGeometry } from '../../../../contracts/areas.ts';

/**
 * The server sends RFC 7946 outlines (exterior rings counter-clockwise); d3-geo works on the
 * sphere and reads that as "everything but this", so the rings are turned around for drawing.
 */
export function forD3(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
      };
}
