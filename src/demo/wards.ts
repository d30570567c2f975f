// An invented district's wards as polygons, generated deterministically: a grid of jittered corners
// with jittered points along each shared edge, so neighbouring wards meet exactly and outlines look
// drawn rather than ruled. Rings run counter-clockwise (RFC 7946). The demo's Borough of Elmstead
// is a 6 × 4 grid with three corners left off (21 wards) in the East Midlands; the ward-map bench
// asks for a council-sized 300 with detailed edges from the same generator.
import type { AreaBoundary } from '../domain/model/types.js';
import { createRandom } from './prng.js';

export interface WardGridOptions {
  cols: number;
  rows: number;
  seed: number;
  /** The south-west corner, longitude and latitude. */
  origin: [number, number];
  /** A cell's width and height in degrees. */
  cell: [number, number];
  /** Jittered points along each edge, between its corners. */
  edgePoints: number;
  /** Cells left out ("col,row"), for a less rectangular district. */
  omit?: ReadonlySet<string>;
  /** The ward's name and GSS code from its number (0-based, row by row from the south-west). */
  name: (n: number) => string;
  code: (n: number) => string;
}

type Pos = [number, number];

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function wardGrid(o: WardGridOptions): Omit<AreaBoundary, 'id' | 'boundarySet'>[] {
  const rng = createRandom(o.seed);
  const [dx, dy] = o.cell;
  const corner: Pos[][] = [];
  for (let i = 0; i <= o.cols; i++) {
    corner[i] = [];
    for (let j = 0; j <= o.rows; j++) {
      const jx = (rng.next() - 0.5) * dx * 0.45;
      const jy = (rng.next() - 0.5) * dy * 0.45;
      corner[i]![j] = [o.origin[0] + i * dx + jx, o.origin[1] + j * dy + jy];
    }
  }
  // Points between two corners, bowed a little to one side; shared by the two wards either side.
  const edges = new Map<string, Pos[]>();
  const edge = (a: Pos, b: Pos, key: string): Pos[] => {
    const held = edges.get(key);
    if (held) return held;
    const [nx, ny] = [-(b[1] - a[1]), b[0] - a[0]];
    const points: Pos[] = [];
    let drift = 0;
    for (let k = 1; k <= o.edgePoints; k++) {
      const t = k / (o.edgePoints + 1);
      drift = drift * 0.6 + (rng.next() - 0.5) * 0.18;
      const bow = Math.sin(Math.PI * t) * drift;
      points.push([a[0] + (b[0] - a[0]) * t + nx * bow, a[1] + (b[1] - a[1]) * t + ny * bow]);
    }
    edges.set(key, points);
    return points;
  };
  // Every edge is made once, west to east or south to north, and walked backwards by the ward
  // whose ring runs the other way along it.
  const along = (a: Pos, b: Pos, key: string, forward: boolean) =>
    forward ? edge(a, b, key) : [...edge(a, b, key)].reverse();
  const wards: Omit<AreaBoundary, 'id' | 'boundarySet'>[] = [];
  let n = 0;
  for (let j = 0; j < o.rows; j++) {
    for (let i = 0; i < o.cols; i++) {
      if (o.omit?.has(`${i},${j}`)) continue;
      const [sw, se, ne, nw] = [
        corner[i]![j]!,
        corner[i + 1]![j]!,
        corner[i + 1]![j + 1]!,
        corner[i]![j + 1]!,
      ];
      // South-west → south-east → north-east → north-west: counter-clockwise on the map.
      const ring: Pos[] = [
        sw,
        ...along(sw, se, `h${i},${j}`, true),
        se,
        ...along(se, ne, `v${i + 1},${j}`, true),
        ne,
        ...along(nw, ne, `h${i},${j + 1}`, false),
        nw,
        ...along(sw, nw, `v${i},${j}`, false),
        sw,
      ].map(([x, y]) => [round6(x), round6(y)] as Pos);
      wards.push({
        areaCode: o.code(n),
        areaName: o.name(n),
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
      n++;
    }
  }
  return wards;
}

/** The Borough of Elmstead's 21 wards, with invented names and codes in an unused E05 range. */
export const ELMSTEAD_WARD_NAMES = [
  'Brookmere',
  'Hatherley Vale',
  'Oakenford',
  'Kestrel Heath',
  'Ashby Marsh',
  'Fennick',
  'Elmstead Castle',
  'Elmstead Abbey',
  'Millbridge',
  'Tollgate',
  'Wrenfield',
  'Holloway Green',
  'Saxby',
  'Larkhill Down',
  'Elmstead Central',
  'Copperwood',
  'Stanton Lacy',
  'Greywell',
  'Pennington Fields',
  'Thornbury Edge',
  'Upper Alder',
] as const;

export const ELMSTEAD_WARD_SET = 'Elmstead wards 2024';

export function elmsteadWards(): Omit<AreaBoundary, 'id' | 'boundarySet'>[] {
  return wardGrid({
    cols: 6,
    rows: 4,
    seed: 2024,
    origin: [-1.42, 52.55],
    cell: [0.05, 0.032],
    edgePoints: 3,
    omit: new Set(['0,0', '5,0', '0,3']),
    name: (n) => ELMSTEAD_WARD_NAMES[n]!,
    code: (n) => `E0509${String(9001 + n).padStart(4, '0')}`,
  });
}
