// Reading an uploaded boundary file (issue 16): a GeoJSON FeatureCollection of Polygon or
// MultiPolygon features, one per ward or district, as ONS publishes them (properties WD24CD/WD24NM,
// LAD24CD/LAD24NM …). The file is untrusted: its shape, size and every coordinate are checked, and
// a file with any problem is refused whole, each problem named by its feature. Stored geometry is
// put into RFC 7946 winding (ring-winding.ts). One area is one SharePoint item whose geometry is a
// note column, which holds at most 63,999 characters, so an area bigger than that is refused by name.
import { ValidationError, type FieldProblem } from '../errors/errors.js';
import type { AreaBoundary } from '../model/types.js';
import { rfc7946Rings, type Ring } from './ring-winding.js';

/** A SharePoint multi-line text column's limit (learn.microsoft.com/graph/api/resources/textcolumn). */
export const MAX_GEOMETRY_CHARS = 63_999;
/** More areas than any council has wards (Birmingham has 69; a county's divisions fewer than 200). */
export const MAX_AREAS = 1_000;
/** Positions in one area, beyond which the file is not generalised enough to draw on a page. */
export const MAX_POSITIONS_PER_AREA = 5_000;
/** The body an upload may carry (the server's limit for the route, in bytes). */
export const MAX_BOUNDARY_BYTES = 16 * 1024 * 1024;

export interface BoundaryFileOptions {
  /** The property holding each area's GSS code; absent: the one property named like `*CD`. */
  codeProperty?: string;
  /** The property holding each area's name; absent: the one property named like `*NM`. */
  nameProperty?: string;
}

export type BoundaryArea = Omit<AreaBoundary, 'id' | 'boundarySet'>;

/** A GSS code: a letter for the nation, two digits for the entity, six for the area (E05012345). */
export const GSS_CODE = /^[ENSWK]\d{8}$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    // A broken file may be broken everywhere: the first hundred problems say enough.
    if (this.list.length < 100) this.list.push({ field, message });
  }
}

function readRing(raw: unknown, where: string, p: Problems): Ring | null {
  if (!Array.isArray(raw) || raw.length < 4) {
    p.add(where, 'must be a ring of at least four positions');
    return null;
  }
  const ring: Ring = [];
  for (const [i, pos] of raw.entries()) {
    if (!Array.isArray(pos) || pos.length < 2) {
      p.add(`${where}[${i}]`, 'must be a position [longitude, latitude]');
      return null;
    }
    const [lon, lat] = pos as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
      p.add(`${where}[${i}]`, 'must be two finite numbers');
      return null;
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      p.add(
        `${where}[${i}]`,
        `[${lon}, ${lat}] is not longitude/latitude (WGS 84): reproject British National Grid files first`,
      );
      return null;
    }
    ring.push([lon, lat]);
  }
  const [first, last] = [ring[0]!, ring[ring.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    p.add(where, 'must end where it starts (a closed ring)');
    return null;
  }
  return ring;
}

function readPolygon(raw: unknown, where: string, p: Problems): Ring[] | null {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(where, 'must be a list of rings');
    return null;
  }
  const rings = raw.map((r, i) => readRing(r, `${where}[${i}]`, p));
  return rings.every((r): r is Ring => r !== null) ? rfc7946Rings(rings) : null;
}

function readGeometry(raw: unknown, where: string, p: Problems): BoundaryArea['geometry'] | null {
  if (!isObject(raw) || (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon')) {
    p.add(where, 'must be a Polygon or MultiPolygon');
    return null;
  }
  const at = `${where}.coordinates`;
  if (raw.type === 'Polygon') {
    const rings = readPolygon(raw.coordinates, at, p);
    return rings && { type: 'Polygon', coordinates: rings };
  }
  if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0) {
    p.add(at, 'must be a list of polygons');
    return null;
  }
  const polygons = raw.coordinates.map((poly, i) => readPolygon(poly, `${at}[${i}]`, p));
  if (!polygons.every((x): x is Ring[] => x !== null)) return null;
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** The property named by the option, else the only one ending `suffix` (WD24CD, LAD23NM). */
function propertyName(
  props: Record<string, unknown>,
  given: string | undefined,
  suffix: 'CD' | 'NM',
): string | null {
  if (given) return given;
  const found = Object.keys(props).filter((k) => k.toUpperCase().endsWith(suffix));
  return found.length === 1 ? found[0]! : null;
}

function readProperty(
  props: Record<string, unknown>,
  name: string | null,
  what: { suffix: 'CD' | 'NM'; option: string; where: string },
  p: Problems,
): string | null {
  if (!name) {
    p.add(
      `${what.where}.properties`,
      `has no single property ending ${what.suffix}: name it with the ${what.option} option`,
    );
    return null;
  }
  const v = props[name];
  if (typeof v !== 'string' || v.trim() === '' || v.length > 255) {
    p.add(`${what.where}.properties.${name}`, 'must be text of 1 to 255 characters');
    return null;
  }
  return v.trim();
}

function positionCount(g: BoundaryArea['geometry']): number {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
  return polys.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
}

/**
 * The areas of an uploaded FeatureCollection, every one checked, or a ValidationError naming each
 * problem (`features[3].geometry.coordinates[0][2]: must be two finite numbers`).
 */
export function readBoundaryFile(
  input: unknown,
  options: BoundaryFileOptions = {},
): BoundaryArea[] {
  const p = new Problems();
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    throw new ValidationError('must be a GeoJSON FeatureCollection with a features list', 'body');
  }
  if (input.features.length === 0) throw new ValidationError('has no features', 'features');
  if (input.features.length > MAX_AREAS) {
    throw new ValidationError(
      `has ${input.features.length} features; at most ${MAX_AREAS} areas make one set`,
      'features',
    );
  }
  const areas: BoundaryArea[] = [];
  const seen = new Map<string, number>();
  for (const [i, feature] of input.features.entries()) {
    const where = `features[${i}]`;
    if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties)) {
      p.add(where, 'must be a Feature with properties');
      continue;
    }
    const props = feature.properties;
    const code = readProperty(
      props,
      propertyName(props, options.codeProperty, 'CD'),
      { suffix: 'CD', option: 'code property', where },
      p,
    );
    const name = readProperty(
      props,
      propertyName(props, options.nameProperty, 'NM'),
      { suffix: 'NM', option: 'name property', where },
      p,
    );
    const geometry = readGeometry(feature.geometry, `${where}.geometry`, p);
    if (!code || !name || !geometry) continue;
    if (!GSS_CODE.test(code)) p.add(where, `${code} is not a GSS code like E05012345`);
    const earlier = seen.get(code);
    if (earlier !== undefined) p.add(where, `${code} is already features[${earlier}]`);
    seen.set(code, i);
    const positions = positionCount(geometry);
    const chars = JSON.stringify(geometry).length;
    if (positions > MAX_POSITIONS_PER_AREA || chars > MAX_GEOMETRY_CHARS) {
      p.add(
        where,
        `${name} (${code}) is too detailed to keep: ${positions.toLocaleString('en-GB')} positions, ` +
          `${chars.toLocaleString('en-GB')} characters (at most ${MAX_GEOMETRY_CHARS.toLocaleString('en-GB')}); ` +
          'upload a generalised file (ONS "BGC" or "BSC" rather than "BFC")',
      );
      continue;
    }
    areas.push({ areaCode: code, areaName: name, geometry });
  }
  if (p.list.length) throw new ValidationError(p.list);
  return areas;
}
