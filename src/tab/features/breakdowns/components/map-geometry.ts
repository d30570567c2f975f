// Ward outlines into SVG paths with d3-geo (Mercator, fitted to the width), rather than geometry
// written by hand. d3-geo reads polygons on the sphere, where a ring's direction says which side
// is inside: it wants exterior rings clockwise, the opposite of RFC 7946 (which stored boundaries
// follow), and a ward read the wrong way round is the whole globe but the ward, filling the map.
// So each polygon whose spherical area is more than a hemisphere is turned round before drawing
// (https://github.com/d3/d3-geo#winding-order), whichever way the file came.
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

export interface AreaGeometry {
  areaCode: string;
  areaName: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface WardShape {
  code: string;
  name: string;
  d: string;
}

type Rings = [number, number][][];

function forD3(rings: Rings): Rings {
  const inverted = geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI;
  return inverted ? rings.map((r) => [...r].reverse()) : rings;
}

/** The geometry wound as d3-geo reads it: every polygon smaller than a hemisphere. */
export function d3Wound(g: AreaGeometry['geometry']): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: forD3(g.coordinates as Rings) }
    : { type: 'MultiPolygon', coordinates: (g.coordinates as Rings[]).map(forD3) };
}

/** Paths fitted to `width`, and the height that keeps the map's shape. */
export function wardShapes(
  areas: readonly AreaGeometry[],
  width: number,
): { height: number; shapes: WardShape[] } {
  const features = areas.map((a) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: d3Wound(a.geometry),
  }));
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitWidth(width, collection as GeoPermissibleObjects);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(collection as GeoPermissibleObjects);
  const height = Math.max(1, Math.ceil(y1 - y0));
  projection.fitSize([width, height], collection as GeoPermissibleObjects);
  return {
    height,
    shapes: areas.map((a, i) => ({
      code: a.areaCode,
      name: a.areaName,
      d: path(features[i]!.geometry) ?? '',
    })),
  };
}
