// Targets for the last two financial years and this one, profiled per period. Past targets were
// less stretching, by the spec's yearly `stretch`. Seasonal shapes come from SEASONAL_PROFILES;
// for rates and percentages the swing is damped, since a recycling rate does not move 25% with
// the seasons the way leisure visits do.
import { kindForFrequency, periodsOfYear } from '../domain/periods/index.js';
import type { Target } from '../domain/model/types.js';
import { profileTargets, SEASONAL_PROFILES } from '../domain/targets/index.js';
import { fyLabel } from './dates.js';
import { idSequence } from './ids.js';
import type { IndicatorSpec, Season } from './indicator-spec.js';
import type { BuiltIndicator } from './indicators.js';

/**
 * Council tax and business rates are collected over ten monthly instalments, so the cumulative
 * in-year collection rate climbs steeply to January and creeps up to the March target.
 */
const COLLECTION = [0.105, 0.2, 0.295, 0.39, 0.485, 0.58, 0.675, 0.77, 0.865, 0.955, 0.985, 1];
/** Leisure visits: a January resolutions peak, dips in August and December. Averages 1. */
const LEISURE = [1.0, 1.02, 0.98, 0.95, 0.88, 1.0, 1.02, 1.0, 0.85, 1.15, 1.08, 1.07];

function monthlyShape(season: Season): readonly number[] {
  if (season === 'collection') return COLLECTION;
  if (season === 'leisure') return LEISURE;
  return SEASONAL_PROFILES[season] ?? SEASONAL_PROFILES['flat'] ?? [];
}

/** Weights for one period of each kind, averaging the monthly shape over the months it spans. */
function weightsFor(spec: IndicatorSpec, periodCount: number): number[] | undefined {
  if (!spec.season) return undefined;
  const monthly = monthlyShape(spec.season);
  const span = 12 / periodCount;
  const grouped = Array.from({ length: periodCount }, (_, i) => {
    const months = monthly.slice(i * span, (i + 1) * span);
    // A cumulative shape is read at the period's last month; others are averaged over it.
    if (spec.season === 'collection') return months[months.length - 1] ?? 1;
    return months.reduce((a, b) => a + b, 0) / months.length;
  });
  if (spec.season === 'collection' || spec.ytd === 'sum') return grouped;
  return grouped.map((w) => 1 + (w - 1) * 0.3);
}

export function annualTargetFor(spec: IndicatorSpec, fyOffset: number): number | null {
  if (spec.target === null) return null;
  const sign = spec.polarity === 'lower' ? -1 : 1;
  const value = spec.target + sign * (spec.stretch ?? 0) * fyOffset;
  const factor = 10 ** spec.decimals;
  return Math.round(value * factor) / factor;
}

export function buildTargets(indicators: readonly BuiltIndicator[], fyStart: number): Target[] {
  const nextId = idSequence('targets');
  const targets: Target[] = [];
  for (const { spec, indicator } of indicators) {
    for (const offset of [-2, -1, 0]) {
      const year = fyLabel(fyStart + offset);
      const annual = annualTargetFor(spec, offset);
      const keys = periodsOfYear(year, kindForFrequency(spec.frequency)).map((p) => p.key);
      const profile =
        annual === null
          ? {}
          : profileTargets(annual, keys, spec.ytd, weightsFor(spec, keys.length), spec.decimals);
      targets.push({ id: nextId(), indicatorId: indicator.id, year, annual, profile });
    }
  }
  return targets;
}

/** Period key → profiled target, across all years, for one indicator. */
export function targetsByPeriod(
  targets: readonly Target[],
  indicatorId: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of targets) {
    if (t.indicatorId !== indicatorId) continue;
    for (const [key, value] of Object.entries(t.profile)) out.set(key, value);
  }
  return out;
}
