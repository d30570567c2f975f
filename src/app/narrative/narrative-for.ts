// Gathers what the narrative summary needs from the status engine: each indicator's row now, at
// its own previous period and at the same period last year (the same pairs of periods as its
// direction of travel), and the priorities it serves. Shared by the dashboard and
// the reports, so both open with the same sentences for the same figures.
import type { CouncilSettings } from '../../domain/model/types.js';
import { previousPeriod, samePeriodLastYear, type Period } from '../../domain/periods/index.js';
import { levelsOf, RATING_LABELS } from '../../domain/ratings/index.js';
import { narrativeSummary, type NarrativeIndicator } from '../../domain/narrative/index.js';
import type { Store } from '../../domain/ports/store.js';
import { planFor, type Catalogue } from '../catalogue/index.js';
import { readOnce } from './read-once.js';
import {
  indicatorStatuses,
  isProvisional,
  type IndicatorStatusRow,
  type StatusInput,
} from '../status/index.js';

/** Each row's status at an earlier period, by indicator id, for the narrative to compare with. */
export interface Comparisons {
  /** At the indicator's previous period: the rating it moved from. */
  previous: ReadonlyMap<string, IndicatorStatusRow>;
  /** At the same period last year: the figure the largest changes are measured from. */
  lastYear: ReadonlyMap<string, IndicatorStatusRow>;
}

/**
 * Every row's status at `periodOf(row.period)`, by indicator id, on the same basis as `rows`:
 * one status query per distinct period (monthly, quarterly and annual indicators differ).
 */
async function statusesAt(
  store: Store,
  input: StatusInput,
  rows: readonly IndicatorStatusRow[],
  periodOf: (p: Period) => Period,
): Promise<Map<string, IndicatorStatusRow>> {
  const groups = new Map<string, { period: Period; rows: IndicatorStatusRow[] }>();
  for (const row of rows) {
    const period = periodOf(row.period);
    const group = groups.get(period.key) ?? { period, rows: [] };
    group.rows.push(row);
    groups.set(period.key, group);
  }
  const lists = await Promise.all(
    [...groups.values()].map((g) =>
      indicatorStatuses(
        store,
        { ...input, selected: g.period },
        g.rows.map((r) => r.indicator),
      ),
    ),
  );
  return new Map(lists.flat().map((r) => [r.indicator.id, r]));
}

export async function loadComparisons(
  store: Store,
  input: StatusInput,
  rows: readonly IndicatorStatusRow[],
): Promise<Comparisons> {
  const reader = readOnce(store);
  const [previous, lastYear] = await Promise.all([
    statusesAt(reader, input, rows, previousPeriod),
    statusesAt(reader, input, rows, samePeriodLastYear),
  ]);
  return { previous, lastYear };
}

export interface NarrativeContext {
  cat: Catalogue;
  settings: CouncilSettings;
  /** The financial year whose plan names the priorities. */
  year: string;
  /** True when provisional figures are rated and counted (the dashboard's "include" basis). */
  provisionalCounted: boolean;
  /** 'years' when the rows are rated on the year and `previous` holds last year's (annual report). */
  comparedWith?: 'periods' | 'years';
}

/** The narrative summary of `rows`, given their statuses at the periods compared with. */
export function narrativeFor(
  context: NarrativeContext,
  rows: readonly IndicatorStatusRow[],
  compared: Comparisons,
): string[] {
  const { cat, settings, year } = context;
  const plan = planFor(cat, year);
  const priorities = cat.priorities.filter((p) => plan && p.planId === plan.id);
  const titleOf = new Map(priorities.map((p) => [p.id, p.title]));
  const priorityOf = new Map(cat.objectives.map((o) => [o.id, o.priorityId]));
  const indicators = rows.map((row): NarrativeIndicator => {
    const before = compared.previous.get(row.indicator.id);
    const served = new Set(
      row.indicator.objectiveIds.flatMap((o) => {
        const title = titleOf.get(priorityOf.get(o) ?? '');
        return title === undefined ? [] : [title];
      }),
    );
    return {
      code: row.indicator.code,
      title: row.indicator.title,
      unit: row.indicator.unit,
      decimals: row.indicator.decimals,
      polarity: row.indicator.polarity,
      value: row.value,
      lastYearValue: compared.lastYear.get(row.indicator.id)?.value ?? null,
      target: row.target,
      rating: row.rating.state,
      previousRating: before?.rating.state ?? null,
      vsPrevious: row.direction.vsPrevious,
      vsLastYear: row.direction.vsLastYear,
      persistent: row.persistent,
      provisional: isProvisional(row.ret),
      priorities: [...served],
    };
  });
  return narrativeSummary({
    indicators,
    priorityOrder: priorities.map((p) => p.title),
    levels: levelsOf(settings.ratingScheme).map((level) => ({
      level,
      label: RATING_LABELS[level],
    })),
    persistentRuns: settings.persistentRuns,
    provisionalCounted: context.provisionalCounted,
    comparedWith: context.comparedWith ?? 'periods',
  });
}
