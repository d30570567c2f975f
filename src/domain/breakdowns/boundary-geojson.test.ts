import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { MAX_GEOMETRY_CHARS, readBoundaryFile } from './boundary-geojson.js';
import { signedArea2, type Ring } from './ring-winding.js';

// A small square ward near Leicester, exterior counter-clockwise (RFC 7946).
const CCW: Ring = [
  [-1.2, 52.6],
  [-1.1, 52.6],
  [-1.1, 52.7],
  [-1.2, 52.7],
  [-1.2, 52.6],
];
const CW: Ring = [...CCW].reverse();

const feature = (coordinates: unknown, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { WD24CD: 'E05000001', WD24NM: 'Ashby Marsh', ...props },
  geometry: { type: 'Polygon', coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function problems(input: unknown, options = {}): string[] {
  try {
    readBoundaryFile(input, options);
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map((p) => `${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('readBoundaryFile', () => {
  it('reads an ONS-style file, finding the *CD and *NM properties', () => {
    const [area] = readBoundaryFile(collection(feature([CCW], { OBJECTID: 1 })));
    expect(area).toEqual({
      areaCode: 'E05000001',
      areaName: 'Ashby Marsh',
      geometry: { type: 'Polygon', coordinates: [CCW] },
    });
  });

  it('takes the property names it is given, and says when it cannot find one', () => {
    const f = {
      ...feature([CCW]),
      properties: { code: 'E05000002', ward: 'Fennick', LAD24CD: 'E07000001', WD24CD: 'x' },
    };
    expect(
      readBoundaryFile(collection(f), { codeProperty: 'code', nameProperty: 'ward' })[0],
    ).toMatchObject({
      areaCode: 'E05000002',
      areaName: 'Fennick',
    });
    expect(problems(collection(f))).toEqual([
      'features[0].properties: has no single property ending CD: name it with the code property option',
      'features[0].properties: has no single property ending NM: name it with the name property option',
    ]);
  });

  it('puts rings into RFC 7946 winding whichever way they came: exterior counter-clockwise, holes clockwise', () => {
    const hole: Ring = [
      [-1.16, 52.64],
      [-1.14, 52.64],
      [-1.14, 52.66],
      [-1.16, 52.66],
      [-1.16, 52.64],
    ];
    const [area] = readBoundaryFile(collection(feature([CW, hole])));
    const [outer, inner] = area!.geometry.coordinates as Ring[];
    expect(signedArea2(outer!)).toBeGreaterThan(0);
    expect(signedArea2(inner!)).toBeLessThan(0);
  });

  it('refuses what is not a FeatureCollection, and an empty one', () => {
    expect(problems({ type: 'Feature' })).toEqual([
      'body: must be a GeoJSON FeatureCollection with a features list',
    ]);
    expect(problems('nonsense')).toHaveLength(1);
    expect(problems(collection())).toEqual(['features: has no features']);
  });

  it('names each bad feature and coordinate, and keeps nothing from a file with any problem', () => {
    const found = problems(
      collection(
        feature([CCW]),
        { ...feature([CCW]), geometry: { type: 'Point', coordinates: [0, 0] } },
        feature(
          [
            [
              [-1.2, 52.6],
              [Number.NaN, 52.6],
              [-1.1, 52.7],
              [-1.2, 52.6],
            ],
          ],
          { WD24CD: 'E05000003' },
        ),
        feature(
          [
            [
              [-1.2, 52.6],
              [451000, 306000],
              [-1.1, 52.7],
              [-1.2, 52.6],
            ],
          ],
          { WD24CD: 'E05000004' },
        ),
        feature([CCW.slice(0, 4)], { WD24CD: 'E05000005' }),
        feature([CCW], { WD24CD: 'E05000001' }),
        feature([CCW], { WD24CD: 'Ward 7' }),
      ),
    );
    expect(found).toEqual([
      'features[1].geometry: must be a Polygon or MultiPolygon',
      'features[2].geometry.coordinates[0][1]: must be two finite numbers',
      'features[3].geometry.coordinates[0][1]: [451000, 306000] is not longitude/latitude (WGS 84): reproject British National Grid files first',
      'features[4].geometry.coordinates[0]: must end where it starts (a closed ring)',
      'features[5]: E05000001 is already features[0]',
      'features[6]: Ward 7 is not a GSS code like E05012345',
    ]);
  });

  it('refuses a ward too detailed for one SharePoint note, naming it', () => {
    const ring: Ring = Array.from({ length: 3000 }, (_, i) => {
      const a = (i / 3000) * 2 * Math.PI;
      return [-1.15 + 0.05123456 * Math.cos(a), 52.65 + 0.03123456 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    expect(JSON.stringify(ring).length).toBeGreaterThan(MAX_GEOMETRY_CHARS);
    const [problem] = problems(collection(feature([ring], { WD24NM: 'Kestrel Heath' })));
    expect(problem).toMatch(
      /^features\[0\]: Kestrel Heath \(E05000001\) is too detailed to keep: 3,001 positions, [\d,]+ characters \(at most 63,999\)/,
    );
  });

  it('reads a MultiPolygon (a ward with an island)', () => {
    const island: Ring = CCW.map(([x, y]) => [x + 0.3, y] as [number, number]);
    const f = {
      ...feature(null),
      geometry: { type: 'MultiPolygon', coordinates: [[CCW], [island]] },
    };
    expect(readBoundaryFile(collection(f))[0]!.geometry.type).toBe('MultiPolygon');
  });
});
