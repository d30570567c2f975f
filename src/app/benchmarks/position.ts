// Where the council stands against an indicator's comparator group, read from the store: the
// group (the indicator's primary group, else the CIPFA nearest neighbours group), the members'
// figures for a period, the quartile by the rule in src/domain/benchmarks, and the group average.
// The council's figure is always its AUTHORISED return for the period (callers pass it): a draft
// is never ranked, as it is never reported.
import {
  averageLabel,
  groupAverage,
  placeWords,
  quartileOf,
  quartileWords,
  type Quartile,
} from '../../domain/benchmarks/index.js';
import type {
  BenchmarkValue,
  ComparatorGroup,
  ComparatorGroupKind,
} from '../../domain/model/place-types.js';
import type { Indicator, IndicatorReturn } from '../../domain/model/types.js';
import { kindForFrequency, tryParsePeriod } from '../../domain/periods/index.js';
import { yearToDateValue } from '../../domain/targets/index.js';
import type { Store } from '../../domain/ports/store.js';
import { formatFigure } from '../../domain/values/index.js';

/** The comparator groups and the figures of some indicators, read once. */
export interface Comparators {
  groups: Map<string, ComparatorGroup>;
  /** By `${indicatorId}|${groupId}`, any period. */
  values: Map<string, BenchmarkValue[]>;
}

/** One period's standing against the group, every figure also in words. */
export interface BenchmarkPosition {
  periodKey: string;
  periodLabel: string;
  group: { id: string; name: string; kind: ComparatorGroupKind };
  /** The council's authorised figure ranked, or null when it has none for the period. */
  council: number | null;
  councilText: string;
  /** 1 (best) to 4, or null when there is none (`words` says why). */
  quartile: Quartile | null;
  /** p, 1 the best, and n, the members with a figure plus the council. */
  position: number | null;
  of: number;
  /** The members with a figure for the period. */
  members: number;
  /** "2nd quartile of 16 CIPFA nearest neighbours", or "No quartile: …". */
  words: string;
  /** "5th of 17, counting the council", or null without a rank. */
  placeWords: string | null;
  average: { value: number; text: string; label: string; basis: 'published' | 'mean' };
  /** Where the figures came from, e.g. "LG Inform, metric 4282" (each distinct source once). */
  source: string;
}

/** Every group, and the figures of one indicator (or all when none is named). */
export async function loadComparators(store: Store, indicatorId?: string): Promise<Comparators> {
  const [groups, values] = await Promise.all([
    store.query('comparatorGroups'),
    store.query('benchmarkValues', indicatorId === undefined ? undefined : { indicatorId }),
  ]);
  const byKey = new Map<string, BenchmarkValue[]>();
  for (const item of values) {
    const key = `${item.fields.indicatorId}|${item.fields.groupId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), { ...item.fields, id: item.id }]);
  }
  return { groups: new Map(groups.map((g) => [g.id, { ...g.fields, id: g.id }])), values: byKey };
}

/**
 * The group the indicator's quartile is reported against: its primary group; absent, the CIPFA
 * nearest neighbours group (the first by name, should there be two); else none. A primary group
 * that no longer exists gives none rather than quietly ranking against another.
 */
export function primaryGroup(c: Comparators, indicator: Indicator): ComparatorGroup | null {
  if (indicator.primaryGroupId) return c.groups.get(indicator.primaryGroupId) ?? null;
  const neighbours = [...c.groups.values()]
    .filter((g) => g.kind === 'nearest-neighbours')
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return neighbours[0] ?? null;
}

/** The period's standing, or null when the group has no member figure for the period. */
export function benchmarkPosition(
  c: Comparators,
  indicator: Indicator,
  periodKey: string,
  council: number | null,
): BenchmarkPosition | null {
  const group = primaryGroup(c, indicator);
  if (!group) return null;
  const rows = (c.values.get(`${indicator.id}|${group.id}`) ?? []).filter(
    (v) => v.periodKey === periodKey,
  );
  const members = rows.filter((v) => v.kind === 'member').map((v) => v.value);
  if (members.length === 0) return null;
  const published = rows.find((v) => v.kind === 'average')?.value ?? null;
  const average = groupAverage(members, published)!;
  const result = quartileOf({
    polarity: indicator.polarity,
    decimals: indicator.decimals,
    council,
    members,
  });
  const ranked = result.kind === 'ranked' ? result : null;
  return {
    periodKey,
    periodLabel: tryParsePeriod(periodKey)?.label ?? periodKey,
    group: { id: group.id, name: group.name, kind: group.kind },
    council,
    councilText: formatFigure(council, indicator),
    quartile: ranked?.quartile ?? null,
    position: ranked?.position ?? null,
    of: members.length + 1,
    members: members.length,
    words: quartileWords(result, group),
    placeWords: placeWords(result),
    average: {
      value: average.value,
      text: formatFigure(average.value, indicator),
      label: averageLabel(group.name, average, members.length),
      basis: average.basis,
    },
    source: [...new Set(rows.map((v) => v.source))].join('; '),
  };
}

const PERIODS_IN_YEAR = { month: 12, quarter: 4, half: 2, year: 1 } as const;

/**
 * Each authorised figure of an indicator by period key: the only figures a quartile ranks. A
 * financial year's key on a monthly, quarterly or half-yearly indicator (comparators are often
 * published for the year only) gives the year's outturn, aggregated by the indicator's year-to-date
 * rule, once every period of that year is authorised; a part year is not ranked against councils'
 * whole years.
 */
export function authorisedFigures(
  returns: readonly Pick<IndicatorReturn, 'periodKey' | 'state' | 'value'>[],
  indicator: Pick<Indicator, 'frequency' | 'ytd'>,
): (periodKey: string) => number | null {
  const authorised = returns.filter((r) => r.state === 'authorised');
  const byPeriod = new Map(authorised.map((r) => [r.periodKey, r.value]));
  const kind = kindForFrequency(indicator.frequency);
  const outturn = (year: string): number | null => {
    const periods = authorised
      .map((r) => ({ r, period: tryParsePeriod(r.periodKey) }))
      .filter(({ period }) => period?.kind === kind && period.year === year)
      .sort((a, b) => a.period!.index - b.period!.index);
    if (periods.length < PERIODS_IN_YEAR[kind]) return null;
    const values = periods.map(({ r }) => r.value);
    return values.includes(null) ? null : yearToDateValue(values, indicator.ytd);
  };
  return (periodKey) => {
    const own = byPeriod.get(periodKey);
    if (own !== undefined || kind === 'year') return own ?? null;
    const period = tryParsePeriod(periodKey);
    return period?.kind === 'year' ? outturn(period.year) : null;
  };
}

/** The standing in every period the group has member figures for, oldest first. */
export function benchmarkPositions(
  c: Comparators,
  indicator: Indicator,
  councilAt: (periodKey: string) => number | null,
): BenchmarkPosition[] {
  const group = primaryGroup(c, indicator);
  if (!group) return [];
  const periods = [
    ...new Set((c.values.get(`${indicator.id}|${group.id}`) ?? []).map((v) => v.periodKey)),
  ]
    .map((key) => ({ key, start: tryParsePeriod(key)?.start ?? key }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return periods
    .map((p) => benchmarkPosition(c, indicator, p.key, councilAt(p.key)))
    .filter((p): p is BenchmarkPosition => p !== null);
}

/**
 * The standing a return's card shows beside its target: the latest period before the return's own
 * that the group has figures for (comparators are published after the event, often a year late).
 */
export function latestPositionBefore(
  c: Comparators,
  indicator: Indicator,
  periodStart: string,
  councilAt: (periodKey: string) => number | null,
): BenchmarkPosition | null {
  const earlier = benchmarkPositions(c, indicator, councilAt).filter(
    (p) => (tryParsePeriod(p.periodKey)?.start ?? p.periodKey) < periodStart,
  );
  return earlier.at(-1) ?? null;
}
