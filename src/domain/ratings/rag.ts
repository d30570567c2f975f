// The three-level RAG scheme a council may choose instead of the Derbyshire four levels
// (DESIGN.md, Ratings): tolerances are fractions of the target.
//   Green: d ≥ −greenTolerance;  Amber: −amberTolerance ≤ d < −greenTolerance;  Red: below.
// With greenTolerance = amberTolerance there is no Amber band. Target 0: on target or better is
// Green; any shortfall is an unbounded relative shortfall, so Red.
import { ValidationError, type FieldProblem } from '../errors/errors.js';
import type { LevelResult } from './four-level.js';
import { betterSign, relativeDifference } from './relative-difference.js';
import { BOUNDARY_TOLERANCE } from './rounding.js';

export type RagLevel = 'green' | 'amber' | 'red';

export interface RagTolerances {
  greenTolerance: number;
  amberTolerance: number;
}

/** Throws a ValidationError unless 0 ≤ greenTolerance ≤ amberTolerance ≤ 1. */
export function validateRagTolerances(scheme: RagTolerances): void {
  const problems: FieldProblem[] = [];
  const { greenTolerance: green, amberTolerance: amber } = scheme;
  if (!isFraction(green)) {
    problems.push({
      field: 'greenTolerance',
      message: `must be a fraction from 0 to 1, got ${String(green)}`,
    });
  }
  if (!isFraction(amber)) {
    problems.push({
      field: 'amberTolerance',
      message: `must be a fraction from 0 to 1, got ${String(amber)}`,
    });
  }
  if (problems.length === 0 && green > amber) {
    problems.push({
      field: 'amberTolerance',
      message: `must be at least greenTolerance (${String(green)}), got ${String(amber)}`,
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

function isFraction(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

/** Rates an already-rounded value against an already-rounded target on the RAG scheme. */
export function rateRag(
  value: number,
  target: number,
  polarity: 'higher' | 'lower',
  tolerances: RagTolerances,
): LevelResult<RagLevel> {
  validateRagTolerances(tolerances);
  if (target === 0) {
    return {
      level: betterSign(value, target, polarity) >= 0 ? 'green' : 'red',
      relativeDifference: null,
    };
  }
  const d = relativeDifference(value, target, polarity);
  const level: RagLevel =
    d >= -tolerances.greenTolerance - BOUNDARY_TOLERANCE
      ? 'green'
      : d >= -tolerances.amberTolerance - BOUNDARY_TOLERANCE
        ? 'amber'
        : 'red';
  return { level, relativeDifference: d };
}
