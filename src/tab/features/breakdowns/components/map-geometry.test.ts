// The winding pitfall: d3-geo reads a ring on the sphere, so an RFC 7946 (counter-clockwise) ward
// drawn as it is would be the whole globe but the ward. wardShapes must draw the ward itself,
// whichever way round it comes.
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { elmsteadWards } from '../../../../demo/wards.js';
import { d3Wound, wardShapes } from './map-geometry.js';
import { bandOf, valueBands } from './value-bands.js';

const CCW: [number, number][] = [
  [-1.2, 52.6],
  [-1.1, 52.6],
  [-1.1, 52.7],
  [-1.2, 52.7],
  [-1.2, 52.6],
];
const ward = (ring: [number, number][], code = 'E05000001') => ({
  areaCode: code,
  areaName: 'Ashby Marsh',
  geometry: { type: 'Polygon' as const, coordinates: [ring] },
});

/** The path's extent from its numbers: every point the path visits. */
function extent(d: string) {
  const n = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return {
    x: [Math.min(...xs), Math.max(...xs)] as const,
    y: [Math.min(...ys), Math.max(...ys)] as const,
  };
}

describe('d3-geo winding', () => {
  it('an RFC 7946 ring as it is would cover the rest of the globe; wound for d3 it is the ward', () => {
    expect(geoArea({ type: 'Polygon', coordinates: [CCW] })).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(d3Wound(ward(CCW).geometry))).toBeLessThan(1e-3);
    expect(geoArea(d3Wound(ward([...CCW].reverse()).geometry))).toBeLessThan(1e-3);
  });

  it('draws a counter-clockwise and a clockwise ward the same, inside the map', () => {
    const a = wardShapes([ward(CCW)], 600);
    const b = wardShapes([ward([...CCW].reverse())], 600);
    // A square 0.1° wide at 52.65°N is about 1.65 times as tall as wide in Mercator.
    expect(a.height).toBeGreaterThan(900);
    expect(a.height).toBeLessThan(1100);
    const e = extent(a.shapes[0]!.d);
    expect(e.x[0]).toBeGreaterThanOrEqual(-0.5);
    expect(e.x[1]).toBeLessThanOrEqual(600.5);
    expect(e.y[1]).toBeLessThanOrEqual(a.height + 0.5);
    expect(extent(b.shapes[0]!.d)).toEqual(e);
  });

  it('fits the demo district to the width, every ward a closed path', () => {
    const { height, shapes } = wardShapes(elmsteadWards(), 600);
    expect(shapes).toHaveLength(21);
    expect(height).toBeGreaterThan(200);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M.*Z$/);
      const e = extent(s.d);
      expect(e.x[1] - e.x[0]).toBeLessThan(300);
    }
  });
});

describe('valueBands', () => {
  const format = { unit: 'percentage' as const, decimals: 1, title: 'Recycling (%)' };
  it('makes five equal bands from the lowest to the highest, each said in words', () => {
    const bands = valueBands([10, 20, 60, null], format);
    expect(bands.map((b) => b.words)).toEqual([
      'Band 1 of 5: 10.0% to 20.0%',
      'Band 2 of 5: 20.0% to 30.0%',
      'Band 3 of 5: 30.0% to 40.0%',
      'Band 4 of 5: 40.0% to 50.0%',
      'Band 5 of 5: 50.0% to 60.0%',
    ]);
    expect(bandOf(10, bands)!.index).toBe(0);
    expect(bandOf(60, bands)!.index).toBe(4);
    expect(bandOf(null, bands)).toBeNull();
  });
  it('gives one band when every value is the same, none when none is given', () => {
    expect(valueBands([5, 5], format).map((b) => b.words)).toEqual(['Band 1 of 1: 5.0%']);
    expect(valueBands([null], format)).toEqual([]);
  });
});
