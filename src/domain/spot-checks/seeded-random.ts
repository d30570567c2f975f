// The spot-check draw must be reproducible from what is recorded (issue 14: "reproducible and
// recorded"), so it runs on a seeded generator, never Math.random. mulberry32 (public domain) from
// a 32-bit FNV-1a hash of the recorded seed text: plenty random for choosing a sample, not for
// anything security related.

/** 32-bit FNV-1a of a text, the seed number of a recorded seed. */
export function seedNumber(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1), the same sequence for the same seed text. */
export function seededRandom(seed: string): () => number {
  let a = seedNumber(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
