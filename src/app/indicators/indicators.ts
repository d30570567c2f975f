// Indicators for the tab and the API: a filtered list, and the detail page's data (history against
// the profiled target, ratings, year to date, benchmarks and the quartile against the comparator
// group in each period it has figures for, action plans, the audit trail).
import { serviceOf } from '../../domain/model/service-of.js';
import type { Indicator } from '../../domain/model/types.js';
import { NotFoundError } from '../../domain/errors/errors.js';
import { londonDate, parsePeriod } from '../../domain/periods/index.js';
import { formatFigure } from '../../domain/values/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { periodFacts, rateStoredReturn } from '../returns/period-context.js';
import {
  ratingView,
  restatementViews,
  toReturn,
  type RatingView,
  type RestatementView,
} from '../returns/return-view.js';
import { mayReopen } from '../returns/may-reopen.js';
import { authorisedFigures, benchmarkPositions, loadComparators } from '../benchmarks/position.js';

export interface IndicatorFilter {
  directorate?: string;
  service?: string;
  portfolio?: string;
  priority?: string;
  objective?: string;
  scope?: 'corporate' | 'local';
  q?: string;
  includeRetired?: boolean;
}

export interface IndicatorSummary extends Indicator {
  serviceName: string;
  directorateId: string;
  directorateName: string;
  portfolioId: string;
  portfolioName: string;
  priorityIds: string[];
}

export function summarise(cat: Catalogue, i: Indicator): IndicatorSummary {
  const service = serviceOf(cat.services, i.serviceId);
  const priorityIds = [
    ...new Set(
      cat.objectives.filter((o) => i.objectiveIds.includes(o.id)).map((o) => o.priorityId),
    ),
  ];
  return {
    ...i,
    serviceName: service?.name ?? '',
    directorateId: service?.directorateId ?? '',
    directorateName: (service && cat.directorates.get(service.directorateId)?.name) ?? '',
    portfolioId: service?.portfolioId ?? '',
    portfolioName: (service && cat.portfolios.get(service.portfolioId)?.name) ?? '',
    priorityIds,
  };
}

export function filterIndicators(cat: Catalogue, filter: IndicatorFilter): IndicatorSummary[] {
  const q = filter.q?.trim().toLowerCase();
  return [...cat.indicators.values()]
    .filter((i) => filter.includeRetired || !i.retired)
    .map((i) => summarise(cat, i))
    .filter(
      (s) =>
        (!filter.directorate || s.directorateId === filter.directorate) &&
        (!filter.service || s.serviceId === filter.service) &&
        (!filter.portfolio || s.portfolioId === filter.portfolio) &&
        (!filter.priority || s.priorityIds.includes(filter.priority)) &&
        (!filter.objective || s.objectiveIds.includes(filter.objective)) &&
        (!filter.scope || s.scope === filter.scope) &&
        (!q || s.code.toLowerCase().includes(q) || s.title.toLowerCase().includes(q)),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
}

export async function listIndicators(
  deps: AppDeps,
  filter: IndicatorFilter,
): Promise<IndicatorSummary[]> {
  return filterIndicators(await loadCatalogue(deps.store), filter);
}

export interface HistoryRow {
  returnId: string;
  periodKey: string;
  periodLabel: string;
  state: string;
  value: number | null;
  valueText: string;
  target: number | null;
  targetText: string;
  rating: RatingView;
  commentary: string;
  forecast: number | null;
  notAvailableReason: string | null;
  actionPlanId: string | null;
  enteredBy: string | null;
  authorisedAt: string | null;
  /** The version a reopen must name. */
  version: string;
  /** "Restated — <why>" once an authorised figure has been reopened (the latest reason). */
  restated: string | null;
  /** The earlier authorised figures, oldest first, with who reopened them, when and why. */
  restatements: RestatementView[];
  /** The viewer may reopen this authorised figure (performance team, Authorising Officer). */
  mayReopen: boolean;
}

export async function indicatorDetail(deps: AppDeps, code: string, viewerId?: string) {
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  const indicator = cat.indicatorsByCode.get(code.toUpperCase()) ?? cat.indicators.get(code);
  if (!indicator) throw new NotFoundError(`No indicator with code ${code}`);
  const today = londonDate(deps.clock.now());
  const fmt = (v: number | null) => formatFigure(v, indicator);
  const returns = (await deps.store.query('returns', { indicatorId: indicator.id }))
    .map((item) => ({
      r: toReturn(item),
      version: item.version,
      period: parsePeriod(item.fields.periodKey),
    }))
    .sort((a, b) => a.period.start.localeCompare(b.period.start));
  const reopener = viewerId !== undefined && mayReopen(cat, viewerId, indicator.id);
  const history = returns.map(({ r, version }): HistoryRow => {
    const restatements = r.restatements ?? [];
    const facts = periodFacts(cat, settings, indicator.id, r.periodKey);
    const rating = rateStoredReturn(indicator, r, facts, settings, today);
    return {
      returnId: r.id,
      periodKey: r.periodKey,
      periodLabel: facts.period.label,
      state: r.state,
      value: r.value,
      valueText: fmt(r.value),
      target: facts.target,
      targetText: fmt(facts.target),
      rating: ratingView(rating.state, rating.relativeDifference),
      commentary: r.commentary,
      forecast: r.forecast,
      notAvailableReason: r.notAvailableReason,
      actionPlanId: r.actionPlanId,
      enteredBy: r.enteredBy ? (cat.people.get(r.enteredBy)?.name ?? null) : null,
      authorisedAt: r.authorisedAt,
      version,
      restated: restatements.length ? `Restated — ${restatements.at(-1)!.reason}` : null,
      restatements: restatementViews(cat, indicator, r),
      mayReopen: reopener && r.state === 'authorised',
    };
  });
  const targets = [...cat.targets.values()]
    .filter((t) => t.indicatorId === indicator.id)
    .sort((a, b) => a.year.localeCompare(b.year));
  const actionPlans = (await deps.store.query('actionPlans', { indicatorId: indicator.id })).map(
    (p) => ({
      ...p.fields,
      id: p.id,
      version: p.version,
      owner: cat.people.get(p.fields.ownerId)?.name ?? '',
    }),
  );
  const person = (id: string) => ({ id, name: cat.people.get(id)?.name ?? '' });
  const comparators = await loadComparators(deps.store, indicator.id);
  return {
    indicator: summarise(cat, indicator),
    officers: {
      collector: person(indicator.collectorId),
      responsible: person(indicator.responsibleId),
      authoriser: person(indicator.authoriserId),
      escalationOwner: person(indicator.escalationOwnerId),
    },
    targets,
    history,
    benchmarks: benchmarkPositions(
      comparators,
      indicator,
      authorisedFigures(
        returns.map(({ r }) => r),
        indicator,
      ),
    ),
    actionPlans,
  };
}
