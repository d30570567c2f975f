// The monthly corporate health dashboard (Chorley & South Ribble): counts by rating per priority and
// directorate, exceptions first with their commentary and action plans, direction of travel and the
// persistent under-performance flag. Counted on authorised figures only unless a leader asks to
// include provisional ones; a provisional figure is always flagged, in words.
import { serviceOf } from '../../domain/model/service-of.js';
import { overdueWords, planForFigure, planStatusWords } from '../../domain/action-plans/index.js';
import type { ActionPlan, RatingLevel, RatingState } from '../../domain/model/types.js';
import {
  countByRating,
  exceptionList,
  rollUp,
  type RatingCounts,
  type RollUpRow,
  type ThreadInput,
} from '../../domain/golden-thread/index.js';
import {
  isException,
  keyActionRating,
  severity,
  type DirectionOfTravel,
} from '../../domain/ratings/index.js';
import { formatFigure } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { planFor, type Catalogue } from '../catalogue/index.js';
import {
  basisOf,
  isProvisional,
  loadPeriodStatuses,
  provisionalWords,
  statusOptionsFor,
  yearEndForecast,
  type Basis,
  type BasisChoice,
  type IndicatorStatusRow,
  type YearEndForecast,
} from '../status/index.js';
import { loadComparisons, narrativeFor } from '../narrative/index.js';
import { periodFacts, rateStoredReturn } from '../returns/period-context.js';
import { ratingView, type RatingView } from '../returns/return-view.js';
import { loadTrends, type TrendPoint } from './trend.js';
import { riskEscalation, type RiskEscalation } from '../risks/index.js';
import { dashboardBudget, type DashboardBudget } from './dashboard-budget.js';
import { dashboardQuartiles, type DashboardQuartile } from './dashboard-quartile.js';
import { deepDiveStandings, type DeepDiveStanding } from '../deep-dives/index.js';
import type { CouncilSettings } from '../../domain/model/types.js';

export interface DashboardRow {
  indicatorId: string;
  code: string;
  title: string;
  service: string;
  directorate: string;
  periodKey: string;
  periodLabel: string;
  value: number | null;
  valueText: string;
  target: number | null;
  targetText: string;
  /** The rating counted on the dashboard's basis: the "Now" rating. */
  rating: RatingView;
  direction: DirectionOfTravel;
  persistent: boolean;
  authorised: boolean;
  returnState: string | null;
  commentary: string;
  /** Entered but not yet authorised: never counted on the authorised basis. */
  provisional: boolean;
  /** The words shown beside a provisional figure, e.g. "provisional — awaiting check". */
  provisionalLabel: string | null;
  /** A provisional figure as entered, and what it would be rated (null when not provisional). */
  entered: { value: number | null; valueText: string; rating: RatingView } | null;
  /** The officer's year-end forecast rated against the annual target, where one was given. */
  yearEnd: YearEndForecast | null;
  /** The last few authorised figures, oldest first, for the row's sparkline (trend.ts). */
  trend: (TrendPoint & { valueText: string })[];
  /** The latest comparator quartile up to the row's period, where the group has figures. */
  quartile: DashboardQuartile | null;
}

export interface DashboardException extends DashboardRow {
  actionPlan:
    | (Omit<ActionPlan, 'ownerId'> & {
        owner: string;
        /** "overdue since 30/09/2026", or null: marked wherever the plan is shown. */
        overdueLabel: string | null;
        /** e.g. "Open, overdue since 30/09/2026, awaiting approval". */
        statusLabel: string;
      })
    | null;
}

export interface Dashboard {
  councilName: string;
  period: { key: string; label: string };
  /** 'authorised' (the default): only authorised figures are rated and counted. */
  basis: Basis;
  /** How many indicators' figures are provisional (counted only on the 'all' basis). */
  provisionalCount: number;
  totals: RatingCounts;
  byPriority: RollUpRow[];
  byDirectorate: RollUpRow[];
  exceptions: DashboardException[];
  /** Risks above the council's tolerance, escalated to the Leadership Team (issue 17). */
  risksAboveTolerance: RiskEscalation;
  persistent: DashboardRow[];
  /** Each persistent indicator's deep-dive review in a phrase, by indicator id (issue 16). */
  deepDives: Record<string, DeepDiveStanding>;
  keyActions: RatingCounts;
  indicators: DashboardRow[];
  /** A few plain sentences on the figures, by rule (src/domain/narrative): shown first. */
  narrative: string[];
  /** The budget position beside the ratings: per directorate and for the council. */
  budget: DashboardBudget;
}

export function threadInput(cat: Catalogue, year?: string): ThreadInput | null {
  const plan = planFor(cat, year);
  if (!plan) return null;
  return {
    plan,
    priorities: cat.priorities,
    objectives: cat.objectives,
    servicePlans: cat.servicePlans,
    keyActions: cat.keyActions,
    indicators: [...cat.indicators.values()].filter((i) => !i.retired),
    services: [...cat.services.values()],
    directorates: [...cat.directorates.values()],
    portfolios: [...cat.portfolios.values()],
  };
}

export function dashboardRow(
  cat: Catalogue,
  row: IndicatorStatusRow,
  context: {
    settings: CouncilSettings;
    today: string;
    basis: Basis;
    trends?: ReadonlyMap<string, TrendPoint[]>;
    quartiles?: ReadonlyMap<string, DashboardQuartile>;
  },
): DashboardRow {
  const { indicator } = row;
  const service = serviceOf(cat.services, indicator.serviceId);
  const fmt = (v: number | null) => formatFigure(v, indicator);
  const provisional = isProvisional(row.ret);
  // On the authorised basis the status engine did not count the entered figure: rate it here only
  // to show it beside its provisional label.
  const entered = provisional && row.ret ? enteredFigure(cat, context, row, row.ret) : null;
  const counted = !provisional || context.basis === 'all' ? row.ret : null;
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    title: indicator.title,
    service: service?.name ?? '',
    directorate: (service && cat.directorates.get(service.directorateId)?.name) ?? '',
    periodKey: row.period.key,
    periodLabel: row.period.label,
    value: row.value,
    valueText: fmt(row.value),
    target: row.target,
    targetText: fmt(row.target),
    rating: row.rating,
    direction: row.direction,
    persistent: row.persistent,
    authorised: row.authorised,
    returnState: row.ret?.state ?? null,
    commentary: row.ret?.commentary ?? '',
    provisional,
    provisionalLabel: provisionalWords(row.ret),
    entered: entered && { ...entered, valueText: fmt(entered.value) },
    yearEnd: yearEndForecast(cat, context.settings, indicator, row.period.year, counted),
    trend: (context.trends?.get(indicator.id) ?? []).map((p) => ({
      ...p,
      valueText: fmt(p.value),
    })),
    quartile: context.quartiles?.get(indicator.id) ?? null,
  };
}

function enteredFigure(
  cat: Catalogue,
  context: { settings: CouncilSettings; today: string },
  row: IndicatorStatusRow,
  ret: NonNullable<IndicatorStatusRow['ret']>,
): { value: number | null; rating: RatingView } {
  const facts = periodFacts(cat, context.settings, row.indicator.id, row.period.key);
  const r = rateStoredReturn(row.indicator, ret, facts, context.settings, context.today);
  return { value: ret.value, rating: ratingView(r.state, r.relativeDifference) };
}

/**
 * The dashboard on the authorised basis unless `includeProvisional` (the caller has checked the
 * person may ask: assertMayIncludeProvisional).
 */
export async function buildDashboard(
  deps: AppDeps,
  periodText?: string,
  choice: BasisChoice = {},
): Promise<Dashboard> {
  const basis = basisOf(choice);
  const options = statusOptionsFor(basis);
  const { cat, settings, today, selected, rows } = await loadPeriodStatuses(
    deps,
    periodText,
    options,
  );
  const compared = await loadComparisons(
    deps.store,
    { cat, settings, today, selected, options },
    rows,
  );
  const [trends, quartiles] = await Promise.all([
    loadTrends(deps, selected.end),
    dashboardQuartiles(deps, rows),
  ]);
  const context = { settings, today, basis, trends, quartiles };
  const toRow = (r: IndicatorStatusRow) => dashboardRow(cat, r, context);
  const states = new Map<string, RatingState>(rows.map((r) => [r.indicator.id, r.rating.state]));
  const input = threadInput(cat, selected.year);
  const plans = new Map(
    (await deps.store.query('actionPlans')).map((p) => [p.id, { ...p.fields, id: p.id }]),
  );
  const byIndicator = new Map(rows.map((r) => [r.indicator.id, r]));
  // On the authorised basis a provisional figure has no counted figure, but it is not missing: it
  // is with its checker or authoriser, so it is listed (in words) with the indicators, not here.
  const exceptionRows = basis === 'authorised' ? rows.filter((r) => !isProvisional(r.ret)) : rows;
  const exceptions = exceptionList(
    exceptionRows.map((r) => r.indicator),
    states,
    severity,
    isException,
  ).map((e): DashboardException => {
    const row = byIndicator.get(e.indicatorId)!;
    const openPlan = planForFigure(plans, e.indicatorId, row.ret?.actionPlanId);
    return {
      ...toRow(row),
      actionPlan: openPlan
        ? {
            ...openPlan,
            owner: cat.people.get(openPlan.ownerId)?.name ?? '',
            overdueLabel: overdueWords(openPlan, today),
            statusLabel: planStatusWords(openPlan, today),
          }
        : null,
    };
  });
  const currentActions = cat.keyActions.filter((a) =>
    cat.servicePlans.some((sp) => sp.id === a.servicePlanId && sp.year === selected.year),
  );
  return {
    councilName: settings.councilName,
    period: { key: selected.key, label: selected.label },
    basis,
    provisionalCount: rows.filter((r) => isProvisional(r.ret)).length,
    totals: countByRating([...states.values()]),
    byPriority: input ? rollUp(input, states, 'priority') : [],
    byDirectorate: input ? rollUp(input, states, 'directorate') : [],
    exceptions,
    risksAboveTolerance: await riskEscalation(deps, cat),
    persistent: rows.filter((r) => r.persistent).map(toRow),
    deepDives: await deepDiveStandings(
      deps,
      rows.filter((r) => r.persistent).map((r) => r.indicator.id),
      today,
    ),
    keyActions: countByRating(
      currentActions.map((a): RatingLevel => keyActionRating(a.status, a.outcome)),
    ),
    indicators: rows.map(toRow),
    narrative: narrativeFor(
      { cat, settings, year: selected.year, provisionalCounted: basis === 'all' },
      rows,
      compared,
    ),
    budget: await dashboardBudget(deps, cat, selected, today),
  };
}
