// Counts by rating per priority (the report's summary and chart). An indicator counts once in each
// priority it serves through its objectives, as the dashboard's roll-up does; the totals row counts
// each indicator once. Counted with the dashboard's own countByRating, so the dashboard report and
// the Leadership dashboard can never disagree; a figure awaiting check or authorisation is counted
// apart, as Provisional, never as a rating, "Missing" or "Not due".
import type { CouncilSettings, RatingState } from '../../domain/model/types.js';
import { countByRating } from '../../domain/golden-thread/index.js';
import { levelsOf, RATING_LABELS } from '../../domain/ratings/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import { planFor } from '../../app/catalogue/index.js';
import type { ReportData } from './report-data.js';
import type { ReportSummary, SummaryRow } from './types.js';

export const UNLINKED_PRIORITY = 'Not linked to a priority';

export interface PriorityGroup {
  id: string;
  title: string;
  rows: IndicatorStatusRow[];
}

/** Rows grouped by the plan's priorities in plan order; unlinked indicators last. */
export function groupByPriority(data: ReportData, rows: IndicatorStatusRow[]): PriorityGroup[] {
  const plan = planFor(data.cat, data.selected.year);
  const priorities = data.cat.priorities.filter((p) => plan && p.planId === plan.id);
  const priorityOf = new Map(data.cat.objectives.map((o) => [o.id, o.priorityId]));
  const groups = priorities.map((p): PriorityGroup => ({ id: p.id, title: p.title, rows: [] }));
  const unlinked: PriorityGroup = { id: 'unlinked', title: UNLINKED_PRIORITY, rows: [] };
  const byCode = (a: IndicatorStatusRow, b: IndicatorStatusRow) =>
    a.indicator.code.localeCompare(b.indicator.code, 'en-GB', { numeric: true });
  for (const row of [...rows].sort(byCode)) {
    const ids = new Set(row.indicator.objectiveIds.map((o) => priorityOf.get(o)));
    const mine = groups.filter((g) => ids.has(g.id));
    for (const g of mine.length > 0 ? mine : [unlinked]) g.rows.push(row);
  }
  return unlinked.rows.length > 0 ? [...groups, unlinked] : groups;
}

/** One row of counts: each state's, and `null` for everything not named (No rating). */
export function countRow(
  label: string,
  rows: readonly { rating: { state: RatingState } }[],
  states: (RatingState | null)[],
) {
  const counted = countByRating(rows.map((r) => r.rating.state));
  const named = states.reduce((n, s) => n + (s === null ? 0 : (counted[s] ?? 0)), 0);
  const counts = states.map((s) => (s === null ? counted.total - named : (counted[s] ?? 0)));
  return { label, counts, total: counted.total } satisfies SummaryRow;
}

export function buildSummary(
  data: ReportData,
  rows: IndicatorStatusRow[],
  groups: PriorityGroup[],
): ReportSummary {
  const levels = levelsOf(data.settings.ratingScheme);
  const states: (RatingState | null)[] = [...levels, 'provisional', null];
  return {
    columns: [...levels.map((l) => RATING_LABELS[l]), RATING_LABELS.provisional, 'No rating'],
    states,
    rows: groups.map((g) => countRow(g.title, g.rows, states)),
    totals: countRow('All indicators', rows, states),
  };
}

/** The rating rule, printed as a footnote (DESIGN.md, Ratings: the Derbyshire framework). */
export function ratingRule(data: ReportData): string {
  return ratingRuleOf(data.settings.ratingScheme);
}

/** The rating rule in words, for a report made from its own view (the strategic dashboard). */
export function ratingRuleOf(scheme: CouncilSettings['ratingScheme']): string {
  const common =
    '"Better" follows each indicator\'s polarity. Only authorised figures are rated and counted. A ' +
    'figure entered but not yet checked and authorised is Provisional: it is not rated and not ' +
    "in any rating's count. An indicator with no figure, no target, or reported for context only " +
    'has no rating.';
  if (scheme.kind === 'rag') {
    const pct = (n: number) =>
      `${(n * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
    return (
      `Ratings use a three-level scheme: Green is on target or no more than ${pct(scheme.greenTolerance)} worse; ` +
      `Amber is no more than ${pct(scheme.amberTolerance)} worse; Red is more than ${pct(scheme.amberTolerance)} worse than target. ${common}`
    );
  }
  return (
    'Ratings follow the Derbyshire framework: Strong is more than 5% better than target, or 100% ' +
    'performance (2% better when the target is above 95%); Good is between 5% better and 2% worse; ' +
    `Review is between 2% and 10% worse; Action is more than 10% worse than target. ${common}`
  );
}
