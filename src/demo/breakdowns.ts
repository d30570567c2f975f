// The demo's breakdowns (issue 16): five indicators by ward and one by age band, for each
// indicator's two latest periods with a figure, entered by whoever entered the figure and when.
// Ward figures scatter around the borough's figure (the map has something to show), a
// percentage's from whole numerators over each ward's denominator, a count's shares adding up to
// the borough's total. Deterministic from the demo seed.
import type { AreaBoundary, BreakdownValue, IndicatorReturn } from '../domain/model/types.js';
import { tryParsePeriod } from '../domain/periods/index.js';
import { roundTo } from '../domain/values/index.js';
import { idSequence } from './ids.js';
import type { BuiltIndicator } from './indicators.js';
import { randomFor, type Random } from './prng.js';

type Area = Omit<AreaBoundary, 'id' | 'boundarySet'>;

/** By ward: missed bins, recycling, street cleanliness, homelessness preventions, claimants. */
export const WARD_BREAKDOWN_CODES = ['WR01', 'WR02', 'WR06', 'HS01', 'ED03'] as const;
/** By age band: the employment rate. */
export const AGE_BAND_CODE = 'ED02';
const AGE_BANDS: [string, number][] = [
  ['16 to 24', -11],
  ['25 to 34', 4],
  ['35 to 49', 6],
  ['50 to 64', -6],
];

const PERIODS = 2;

function latestWithFigures(returns: readonly IndicatorReturn[]): IndicatorReturn[] {
  const end = (r: IndicatorReturn) => tryParsePeriod(r.periodKey)?.end ?? '';
  return returns
    .filter((r) => r.value !== null && r.enteredBy !== null)
    .sort((a, b) => end(b).localeCompare(end(a)))
    .slice(0, PERIODS);
}

function wardValues(
  built: BuiltIndicator,
  ret: IndicatorReturn,
  wards: readonly Area[],
  rng: Random,
): Pick<BreakdownValue, 'key' | 'label' | 'value' | 'numerator' | 'denominator'>[] {
  const { unit, decimals } = built.indicator;
  const total = ret.value!;
  if (unit === 'count') {
    // Shares of the borough's total by ward size, the remainder to the largest shares.
    const weights = wards.map(() => 0.4 + rng.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const raw = weights.map((w) => (w / sum) * total);
    const counts = raw.map(Math.floor);
    let left = total - counts.reduce((a, b) => a + b, 0);
    for (const i of raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0]! - a[0]!))
      if (left-- > 0) counts[i[1]!]!++;
    return wards.map((w, i) => ({
      key: w.areaCode,
      label: w.areaName,
      value: counts[i]!,
      numerator: null,
      denominator: null,
    }));
  }
  return wards.map((w) => {
    // Near 0% or 100% wards spread less, so few of them pile up against the bound.
    const sd = Math.min(7, (100 - total) / 2 + 0.5, total / 2 + 0.5);
    const spread = unit === 'percentage' ? rng.normal(0, sd) : total * rng.normal(0, 0.28);
    const centre = Math.max(0, total + spread);
    if (unit === 'percentage') {
      const denominator = rng.int(180, 900);
      const numerator = Math.round((Math.min(100, centre) / 100) * denominator);
      return {
        key: w.areaCode,
        label: w.areaName,
        value: roundTo((numerator / denominator) * 100, decimals),
        numerator,
        denominator,
      };
    }
    return {
      key: w.areaCode,
      label: w.areaName,
      value: roundTo(centre, decimals),
      numerator: null,
      denominator: null,
    };
  });
}

export function buildBreakdowns(input: {
  indicators: readonly BuiltIndicator[];
  returns: readonly IndicatorReturn[];
  wards: readonly Area[];
  seed: number;
}): BreakdownValue[] {
  const nextId = idSequence('breakdownValues');
  const out: BreakdownValue[] = [];
  const byCode = new Map(input.indicators.map((b) => [b.indicator.code, b]));
  const push = (
    ret: IndicatorReturn,
    breakdown: string,
    dimension: BreakdownValue['dimension'],
    values: ReturnType<typeof wardValues>,
  ) => {
    for (const v of values)
      out.push({
        id: nextId(),
        indicatorId: ret.indicatorId,
        periodKey: ret.periodKey,
        dimension,
        breakdown,
        ...v,
        enteredBy: ret.enteredBy!,
        enteredAt: ret.enteredAt ?? `${tryParsePeriod(ret.periodKey)!.end}T12:00:00.000Z`,
      });
  };
  const returnsOf = (id: string) => input.returns.filter((r) => r.indicatorId === id);
  for (const code of WARD_BREAKDOWN_CODES) {
    const built = byCode.get(code);
    if (!built) continue;
    for (const ret of latestWithFigures(returnsOf(built.indicator.id))) {
      const rng = randomFor(input.seed, `breakdowns|${code}|${ret.periodKey}`);
      push(ret, 'Ward', 'area', wardValues(built, ret, input.wards, rng));
    }
  }
  const employment = byCode.get(AGE_BAND_CODE);
  for (const ret of employment ? latestWithFigures(returnsOf(employment.indicator.id)) : []) {
    const rng = randomFor(input.seed, `breakdowns|${AGE_BAND_CODE}|${ret.periodKey}`);
    const values = AGE_BANDS.map(([label, offset]) => ({
      key: label,
      label,
      value: roundTo(Math.min(100, Math.max(0, ret.value! + offset + rng.normal(0, 1.5))), 1),
      numerator: null,
      denominator: null,
    }));
    push(ret, 'Age band', 'community', values);
  }
  return out;
}
