// The weighted, reproducible spot-check draw (issue 14 item 5; Chorley's "set number of
// indicators"). Every candidate has weight 1, plus RISK_WEIGHT for each risk reason; N are drawn
// without replacement, each pick in proportion to the weights left. The candidates are put in code
// order first, so the same candidates and seed give the same sample whatever order they come in.
import type { RiskReason } from './risk.js';
import { seededRandom } from './seeded-random.js';

/** What each risk reason adds to the base weight of 1. */
export const RISK_WEIGHT = 2;

export interface DrawCandidate {
  indicatorId: string;
  /** Unique per indicator: fixes the order the draw reads candidates in. */
  code: string;
  risks: readonly RiskReason[];
}

export function drawWeight(c: DrawCandidate): number {
  return 1 + RISK_WEIGHT * c.risks.length;
}

/** The seed recorded with a draw: the quarter's key and how many draws it had before. */
export function drawSeed(periodKey: string, redrawNumber: number): string {
  return `${periodKey}#${redrawNumber}`;
}

/** `count` distinct candidates (all of them when there are fewer), in draw order. */
export function drawSample<C extends DrawCandidate>(
  candidates: readonly C[],
  count: number,
  seed: string,
): C[] {
  const left = [...candidates].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const next = seededRandom(seed);
  const drawn: C[] = [];
  while (drawn.length < count && left.length > 0) {
    const total = left.reduce((sum, c) => sum + drawWeight(c), 0);
    let point = next() * total;
    let i = 0;
    // Walk the weights to the one the point falls in; the last guards against rounding.
    while (i < left.length - 1 && point >= drawWeight(left[i]!)) {
      point -= drawWeight(left[i]!);
      i += 1;
    }
    drawn.push(left.splice(i, 1)[0]!);
  }
  return drawn;
}
