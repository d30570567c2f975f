// How a risk is scored (issue 17), the rule stated once here; scoring.test.ts repeats the examples.
//
//   score = likelihood × impact, each on a 1–5 scale, so 1–25 (a 5×5 matrix).
//   band  = the matrix's band with the highest `from` not above the score. The default bands are
//           low 1–4, medium 5–9, high 10–15, very high 16–25, the common local-authority split.
//   above tolerance ⇔ residual score > the council's tolerance (default 12): a score AT the
//           tolerance is the most the council accepts, so it is not escalated.
//
// Worked examples with the default matrix (tolerance 12):
//   likelihood 2 × impact 2 =  4 → low,       not above tolerance
//   likelihood 1 × impact 5 =  5 → medium,    not above tolerance
//   likelihood 4 × impact 3 = 12 → high,      not above tolerance (at it, not over it)
//   likelihood 3 × impact 5 = 15 → high,      above tolerance
//   likelihood 4 × impact 4 = 16 → very high, above tolerance
//   likelihood 5 × impact 5 = 25 → very high, above tolerance
// A council may set its own bands and tolerance (the `riskMatrix` setting); parseRiskMatrix says
// what a valid one is. Inherent scores (before mitigation) use the same bands; only the residual
// score (after mitigation) is compared with the tolerance.
import { ValidationError, type FieldProblem } from '../errors/errors.js';
import type { RiskLevel } from '../model/risk-types.js';

export interface RiskBand {
  /** In words, as the register and the heat map show it: `low`, `very high`. */
  name: string;
  /** The lowest score in the band. */
  from: number;
}

export interface RiskMatrix {
  /** Ascending by `from`; the first starts at 1. */
  bands: RiskBand[];
  /** The highest residual score the council accepts without escalation. */
  tolerance: number;
}

export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  bands: [
    { name: 'low', from: 1 },
    { name: 'medium', from: 5 },
    { name: 'high', from: 10 },
    { name: 'very high', from: 16 },
  ],
  tolerance: 12,
};

export const MAX_SCORE = 25;

export function riskScore(likelihood: RiskLevel, impact: RiskLevel): number {
  return likelihood * impact;
}

export function riskBand(score: number, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): string {
  let band = matrix.bands[0]!.name;
  for (const b of matrix.bands) if (score >= b.from) band = b.name;
  return band;
}

export function isAboveTolerance(
  residualScore: number,
  matrix: RiskMatrix = DEFAULT_RISK_MATRIX,
): boolean {
  return residualScore > matrix.tolerance;
}

const whole = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** A council's matrix from settings, checked: bands ascending from 1, tolerance 1–25. */
export function parseRiskMatrix(value: unknown): RiskMatrix {
  const problems: FieldProblem[] = [];
  const v = (value ?? {}) as { bands?: unknown; tolerance?: unknown };
  if (!whole(v.tolerance, 1, MAX_SCORE)) {
    problems.push({
      field: 'riskMatrix.tolerance',
      message: 'must be a whole number from 1 to 25',
    });
  }
  const bands = Array.isArray(v.bands) ? (v.bands as Partial<RiskBand>[]) : [];
  if (bands.length === 0) {
    problems.push({ field: 'riskMatrix.bands', message: 'must list at least one band' });
  }
  bands.forEach((b, i) => {
    const field = `riskMatrix.bands[${i}]`;
    if (typeof b?.name !== 'string' || b.name.trim() === '') {
      problems.push({ field: `${field}.name`, message: 'must be a name such as "high"' });
    }
    const previous = i === 0 ? 0 : bands[i - 1]?.from;
    if (!whole(b?.from, 1, MAX_SCORE) || (i === 0 && b.from !== 1)) {
      problems.push({
        field: `${field}.from`,
        message: i === 0 ? 'must be 1' : 'must be a whole number from 1 to 25',
      });
    } else if (typeof previous === 'number' && b.from! <= previous) {
      problems.push({ field: `${field}.from`, message: 'must be above the band before it' });
    }
  });
  if (problems.length) throw new ValidationError(problems);
  return {
    bands: bands.map((b) => ({ name: b.name!.trim(), from: b.from! })),
    tolerance: v.tolerance as number,
  };
}
