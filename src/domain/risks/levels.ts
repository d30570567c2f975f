// Likelihood and impact are whole numbers 1–5; anything else is refused naming the field, so an
// import line, an API body and the review card all say the same thing.
import { ValidationError } from '../errors/errors.js';
import type { MitigationStatus, RiskLevel, RiskStatus } from '../model/risk-types.js';

export const RISK_STATUSES: readonly RiskStatus[] = ['open', 'treated', 'closed'];
export const MITIGATION_STATUSES: readonly MitigationStatus[] = [
  'not-started',
  'in-progress',
  'done',
];

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A level typed as text (a CSV cell) or sent as a number (JSON); a reason when it is not one. */
export function readRiskLevel(value: unknown): RiskLevel | string {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return isRiskLevel(n) ? n : 'must be a whole number from 1 to 5';
}

export function assertRiskLevel(value: unknown, field: string): RiskLevel {
  const level = readRiskLevel(value);
  if (typeof level === 'string') throw new ValidationError(level, field);
  return level;
}

export function isRiskStatus(value: unknown): value is RiskStatus {
  return typeof value === 'string' && (RISK_STATUSES as readonly string[]).includes(value);
}

export function isMitigationStatus(value: unknown): value is MitigationStatus {
  return typeof value === 'string' && (MITIGATION_STATUSES as readonly string[]).includes(value);
}
