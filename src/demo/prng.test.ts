import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mulberry32 } from './prng.js';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i += 1) expect(a()).toBe(b());
      }),
    );
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const next = mulberry32(seed);
        for (let i = 0; i < 50; i += 1) {
          const x = next();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('createRandom', () => {
  it('int stays within both inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        (seed, lo, span) => {
          const rng = createRandom(seed);
          const x = rng.int(lo, lo + span);
          expect(Number.isInteger(x) && x >= lo && x <= lo + span).toBe(true);
        },
      ),
    );
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(/no items/);
  });

  it('hashes names to stable, distinct sub-seeds', () => {
    expect(hashString('WR01')).toBe(hashString('WR01'));
    expect(hashString('WR01')).not.toBe(hashString('WR02'));
  });
});
