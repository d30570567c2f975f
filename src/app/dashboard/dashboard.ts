// The monthly corporate health dashboard (Chorley & South Ribble): counts by rating per priority and
// directorate, exceptions first with their commentary and action plans, direction of travel and the
// persistent under-performance flag.
import { serviceOf } from '../../domain/model/service-of.js';
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
import { formatValue } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { planFor, type Catalogue } from '../catalogue/index.js';
import { loadPeriodStatuses, type IndicatorStatusRow } from '../status/index.js';
import type { RatingView } from '../returns/return-view.js';

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
  rating: RatingView;
  direction: DirectionOfTravel;
  persistent: boolean;
  authorised: boolean;
  returnState: string | null;
  commentary: string;
}

export interface DashboardException extends DashboardRow {
  actionPlan: (Omit<ActionPlan, 'ownerId'> & { owner: string }) | null;
}

export interface Dashboard {
  councilName: string;
  period: { key: string; label: string };
  totals: RatingCounts;
  byPriority: RollUpRow[];
  byDirectorate: RollUpRow[];
  exceptions: DashboardException[];
  persistent: DashboardRow[];
  keyActions: RatingCounts;
  indicators: DashboardRow[];
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

export function dashboardRow(cat: Catalogue, row: IndicatorStatusRow): DashboardRow {
  const { indicator } = row;
  const service = serviceOf(cat.services, indicator.serviceId);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);
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
  };
}

export async function buildDashboard(deps: AppDeps, periodText?: string): Promise<Dashboard> {
  const { cat, settings, selected, rows } = await loadPeriodStatuses(deps, periodText, {
    authorisedOnly: false,
  });
  const states = new Map<string, RatingState>(rows.map((r) => [r.indicator.id, r.rating.state]));
  const input = threadInput(cat, selected.year);
  const plans = new Map(
    (await deps.store.query('actionPlans')).map((p) => [p.id, { ...p.fields, id: p.id }]),
  );
  const byIndicator = new Map(rows.map((r) => [r.indicator.id, r]));
  const exceptions = exceptionList(
    rows.map((r) => r.indicator),
    states,
    severity,
    isException,
  ).map((e): DashboardException => {
    const row = byIndicator.get(e.indicatorId)!;
    const plan = row.ret?.actionPlanId ? plans.get(row.ret.actionPlanId) : undefined;
    const openPlan =
      plan ??
      [...plans.values()].find((p) => p.indicatorId === e.indicatorId && p.status === 'open');
    return {
      ...dashboardRow(cat, row),
      actionPlan: openPlan
        ? { ...openPlan, owner: cat.people.get(openPlan.ownerId)?.name ?? '' }
        : null,
    };
  });
  const currentActions = cat.keyActions.filter((a) =>
    cat.servicePlans.some((sp) => sp.id === a.servicePlanId && sp.year === selected.year),
  );
  return {
    councilName: settings.councilName,
    period: { key: selected.key, label: selected.label },
    totals: countByRating([...states.values()]),
    byPriority: input ? rollUp(input, states, 'priority') : [],
    byDirectorate: input ? rollUp(input, states, 'directorate') : [],
    exceptions,
    persistent: rows.filter((r) => r.persistent).map((r) => dashboardRow(cat, r)),
    keyActions: countByRating(
      currentActions.map((a): RatingLevel => keyActionRating(a.status, a.outcome)),
    ),
    indicators: rows.map((r) => dashboardRow(cat, r)),
  };
}
