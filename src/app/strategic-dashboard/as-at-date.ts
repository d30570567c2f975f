// The date a strategic dashboard is "as at": as asked (YYYY-MM-DD), else today in London by the
// injected clock. Never after today: figures not yet authorised could still change what it shows,
// and an edition must read the same whenever it is made again.
import { ValidationError } from '../../domain/errors/errors.js';
import { formatDate, isValidIsoDate, londonDate } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';

export function asAtDate(deps: Pick<AppDeps, 'clock'>, value: unknown): string {
  const today = londonDate(deps.clock.now());
  if (value === undefined || value === null || value === '') return today;
  if (typeof value !== 'string' || !isValidIsoDate(value.trim())) {
    throw new ValidationError(
      `must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`.slice(0, 120),
      'asAt',
    );
  }
  const asAt = value.trim();
  if (asAt > today) {
    throw new ValidationError(
      `must be today (${formatDate(today)}) or earlier: figures after today are not yet authorised`,
      'asAt',
    );
  }
  return asAt;
}
