// THE RULE: where the council stands among a comparator group (issue 16, "Benchmarks and place").
//
// 1. Work at the indicator's decimal places: the council's figure and every member's are rounded to
//    `decimals` first (as ratings are, rounding.ts), so a rank agrees with the figures people see.
// 2. Rank the group's members plus the council, best first by the indicator's polarity:
//      p = 1 + (members strictly better than the council)     n = members + 1
//    A member equal to the council is not strictly better: ties share the better place.
// 3. quartile = ceil(4 × p / n), 1 the best, 4 the worst.
// 4. No quartile, and why: the indicator has no polarity (no "better" to rank by); no member has a
//    figure for the period; or the council has no authorised figure for it.
//
// A benchmark is context, never a rating: ratings stay against target (rate-value.ts).
//
// Worked examples (all covered by quartile.test.ts):
//   higher is better, council 50, members 60 55 50 40: two strictly better (the 50 ties) → p = 3,
//                                  n = 5, ceil(12 / 5) = 3rd quartile
//   lower is better, council 8 days, members 5 10 12: one better → p = 2, n = 4, ceil(8 / 4) = 2nd
//   16 members, 4 better: p = 5, n = 17, ceil(20 / 17) = 2nd quartile
//   one member: better than it → p = 1, n = 2, ceil(4 / 2) = 2nd; worse → p = 2, 4th
//   1 dp, council 45.04, member 45.01: both 45.0, a tie → p = 1
import type { Polarity } from '../model/types.js';
import { betterSign } from '../ratings/relative-difference.js';
import { roundTo } from '../ratings/rounding.js';

export type Quartile = 1 | 2 | 3 | 4;

export interface QuartileInput {
  polarity: Polarity;
  decimals: number;
  /** The council's authorised figure for the period, or null when it has none. */
  council: number | null;
  /** The group members' figures for the same period (the council itself not among them). */
  members: readonly number[];
}

export type QuartileResult =
  | { kind: 'ranked'; quartile: Quartile; position: number; of: number; members: number }
  | { kind: 'unranked'; reason: 'no-polarity' | 'no-members' | 'no-figure'; members: number };

export function quartileOf(input: QuartileInput): QuartileResult {
  const members = input.members.length;
  if (input.polarity === 'none') return { kind: 'unranked', reason: 'no-polarity', members };
  if (members === 0) return { kind: 'unranked', reason: 'no-members', members };
  if (input.council === null) return { kind: 'unranked', reason: 'no-figure', members };
  const polarity = input.polarity;
  const council = roundTo(input.council, input.decimals);
  const better = input.members.filter(
    (m) => betterSign(roundTo(m, input.decimals), council, polarity) > 0,
  ).length;
  const position = 1 + better;
  const of = members + 1;
  return {
    kind: 'ranked',
    quartile: Math.ceil((4 * position) / of) as Quartile,
    position,
    of,
    members,
  };
}
