// The spot-check draw (issue 14 item 5): the same candidates and seed always give the same sample,
// in whatever order the candidates come; it holds N distinct indicators (all of them when there
// are fewer); and risk raises how often an indicator is drawn — measured over a fixed set of
// seeds, so the statistics are the same on every run and cannot flake.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSample, drawSeed, drawWeight, type DrawCandidate } from './draw.js';
import type { RiskReason } from './risk.js';

const REASONS: RiskReason[] = ['new-indicator', 'procedure-changed', 'failed-check', 'large-swing'];

const arbCandidates = fc
  .uniqueArray(fc.stringMatching(/^[A-Z]{2}\d{2}$/), { minLength: 0, maxLength: 30 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc
          .subarray(REASONS)
          .map((risks): DrawCandidate => ({ indicatorId: `id-${code}`, code, risks })),
      ),
    ),
  );

const ids = (cs: readonly DrawCandidate[]) => cs.map((c) => c.indicatorId);

describe('drawSample', () => {
  it('gives the same sample for the same candidates and seed, in any order', () => {
    fc.assert(
      fc.property(
        arbCandidates,
        fc.nat(12),
        fc.string(),
        fc.nat(),
        (candidates, count, seed, shift) => {
          const shuffled = [...candidates].reverse();
          if (shuffled.length > 0) shuffled.push(...shuffled.splice(0, shift % shuffled.length));
          expect(ids(drawSample(shuffled, count, seed))).toEqual(
            ids(drawSample(candidates, count, seed)),
          );
        },
      ),
    );
  });

  it('draws N distinct candidates, or all of them when there are fewer', () => {
    fc.assert(
      fc.property(arbCandidates, fc.nat(40), fc.string(), (candidates, count, seed) => {
        const drawn = ids(drawSample(candidates, count, seed));
        expect(drawn).toHaveLength(Math.min(count, candidates.length));
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const id of drawn) expect(ids(candidates)).toContain(id);
      }),
    );
  });

  it('a different redraw number usually gives a different sample', () => {
    const pool = Array.from({ length: 40 }, (_, i) => ({
      indicatorId: `i${i}`,
      code: `C${String(i).padStart(2, '0')}`,
      risks: [],
    }));
    const samples = new Set(
      [0, 1, 2, 3, 4].map((n) => ids(drawSample(pool, 5, drawSeed('2025/26 Q1', n))).join()),
    );
    expect(samples.size).toBe(5);
  });

  it('draws risky indicators more often: over 2,000 fixed seeds, in proportion to their weight', () => {
    // 20 indicators, 4 with risk reasons (one with two), 3 drawn per quarter.
    const pool: DrawCandidate[] = Array.from({ length: 20 }, (_, i) => ({
      indicatorId: `i${i}`,
      code: `C${String(i).padStart(2, '0')}`,
      risks: i === 0 ? ['new-indicator', 'large-swing'] : i < 4 ? ['procedure-changed'] : [],
    }));
    const drawnTimes = new Map<string, number>();
    const runs = 2000;
    for (let n = 0; n < runs; n += 1) {
      for (const c of drawSample(pool, 3, drawSeed('2025/26 Q2', n))) {
        drawnTimes.set(c.indicatorId, (drawnTimes.get(c.indicatorId) ?? 0) + 1);
      }
    }
    const rate = (id: string) => (drawnTimes.get(id) ?? 0) / runs;
    const plain = pool.slice(4).map((c) => rate(c.indicatorId));
    const plainMean = plain.reduce((a, b) => a + b, 0) / plain.length;
    const oneRisk = [1, 2, 3].map((i) => rate(`i${i}`));
    // Weight 3 against 1 (and 5 for two reasons): clearly more often, and two reasons more still.
    for (const r of oneRisk) expect(r).toBeGreaterThan(plainMean * 1.8);
    expect(rate('i0')).toBeGreaterThan(Math.max(...oneRisk));
    // Every plain indicator is still drawn sometimes: weighted, not only the risky ones.
    for (const r of plain) expect(r).toBeGreaterThan(0.02);
    expect(drawWeight(pool[0]!)).toBe(5);
  });
});
