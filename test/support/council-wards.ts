// A council-sized boundary set for tests and the ward-map bench: 20 × 15 wards with detailed,
// shared edges (about 170 positions each, as a generalised ONS file has), from the demo's generator.
import { wardGrid } from '../../src/demo/wards.js';

export function councilWards(count = 300, edgePoints = 40) {
  const cols = 20;
  return wardGrid({
    cols,
    rows: Math.ceil(count / cols),
    seed: 300,
    origin: [-2.2, 52.3],
    cell: [0.03, 0.02],
    edgePoints,
    name: (n) => `Ward ${n + 1}`,
    code: (n) => `E0509${String(5000 + n).padStart(4, '0')}`,
  }).slice(0, count);
}

/** The wards as the GeoJSON FeatureCollection ONS publishes (WD24CD / WD24NM properties). */
export function councilWardFile(count = 300, edgePoints = 40) {
  return {
    type: 'FeatureCollection',
    features: councilWards(count, edgePoints).map((w) => ({
      type: 'Feature',
      properties: { WD24CD: w.areaCode, WD24NM: w.areaName },
      geometry: w.geometry,
    })),
  };
}
