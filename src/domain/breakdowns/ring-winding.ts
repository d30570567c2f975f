// Ring orientation. RFC 7946 §3.1.6 asks for exterior rings counter-clockwise and holes clockwise;
// files in the wild (ONS's among them, over the years) come either way round. Stored boundaries are
// put into the RFC's order once, here, so every reader can rely on it; the map then turns them for
// d3-geo, which reads spherical rings the other way round (tab: map-geometry.ts).
export type Position = [number, number];
export type Ring = Position[];

/** Twice the ring's signed area on the lon/lat plane: positive when it runs counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** The polygon's rings with the exterior counter-clockwise and every hole clockwise (RFC 7946). */
export function rfc7946Rings(rings: readonly Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const ccw = signedArea2(ring) > 0;
    const wantCcw = i === 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}
