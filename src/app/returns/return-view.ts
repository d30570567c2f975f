// The view of one return that the API, the bot's cards and the tab all show: the figure against its
// target and history, the rating, who did what, and what the viewer may do next.
import type { CouncilSettings, Indicator, IndicatorReturn } from '../../domain/model/types.js';
import type { StoredItem, ListShapes } from '../../domain/ports/store.js';
import { formatDate, londonDate } from '../../domain/periods/index.js';
import { formatFigure } from '../../domain/values/index.js';
import { RATING_LABELS } from '../../domain/ratings/index.js';
import { allowedEvents, type ReturnEventType } from '../../domain/workflow/index.js';
import type { RatingState } from '../../domain/model/types.js';
import type { Catalogue } from '../catalogue/index.js';
import {
  actionPlanView,
  comparePlans,
  type ActionPlanView,
  type StoredPlan,
} from '../action-plans/action-plan-view.js';
import { actorForReturn, nextActorsFor } from './actor.js';
import { earlierReturns } from './earlier-returns.js';
import { mayReopen } from './may-reopen.js';
import { periodFacts, rateStoredReturn } from './period-context.js';
import { procedureInForce, type ProcedureInForce } from '../indicators/procedure-versions.js';
import {
  authorisedFigures,
  latestPositionBefore,
  type BenchmarkPosition,
  type Comparators,
} from '../benchmarks/position.js';

export interface PersonRef {
  id: string;
  name: string;
}

export interface RatingView {
  state: RatingState;
  label: string;
  relativeDifference: number | null;
}

export interface HistoryPoint {
  periodKey: string;
  periodLabel: string;
  value: number | null;
  valueText: string;
  target: number | null;
  targetText: string;
  rating: RatingView;
  state: IndicatorReturn['state'];
}

export interface ReturnView {
  id: string;
  version: string;
  state: IndicatorReturn['state'];
  periodKey: string;
  periodLabel: string;
  dueDate: string;
  overdue: boolean;
  indicator: {
    id: string;
    code: string;
    title: string;
    definition: string;
    unit: Indicator['unit'];
    decimals: number;
    polarity: Indicator['polarity'];
    frequency: Indicator['frequency'];
    procedure: Indicator['procedure'];
  };
  value: number | null;
  valueText: string;
  target: number | null;
  targetText: string;
  rating: RatingView;
  notAvailableReason: string | null;
  commentary: string;
  evidenceUrl: string | null;
  numerator: number | null;
  denominator: number | null;
  forecast: number | null;
  enteredBy: PersonRef | null;
  enteredAt: string | null;
  checkedBy: PersonRef | null;
  checkedAt: string | null;
  authorisedBy: PersonRef | null;
  authorisedAt: string | null;
  sentBackReason: string | null;
  sentBackBy: PersonRef | null;
  actionPlanId: string | null;
  /** The plan the check attached, shown beside the figure to the Authorising Officer (issue 14). */
  actionPlan: ActionPlanView | null;
  /** The indicator's open plans, overdue first: what a checker chooses between (none chosen). */
  openPlans: ActionPlanView[];
  plausibilityConfirmed: boolean;
  /** The written procedure the figure was entered under (today's while it is due). */
  procedure: ProcedureInForce;
  collector: PersonRef | null;
  responsible: PersonRef | null;
  authoriser: PersonRef | null;
  history: HistoryPoint[];
  /**
   * The quartile against the comparator group in the latest period before this one that the group
   * has figures for, shown beside the target as context (never a rating); null when there is none.
   */
  benchmark: BenchmarkPosition | null;
  /** What the person viewing it may do now. */
  allowed: ReturnEventType[];
  /** Who may take the next step; `fallback` when it has passed over the assigned officers (why). */
  waitingFor: { people: PersonRef[]; fallback: boolean; reason: string };
  /** Earlier authorised figures, oldest first: non-empty means the figure is restated. */
  restatements: RestatementView[];
  /** The viewer may reopen this authorised figure (performance team, Authorising Officer). */
  mayReopen: boolean;
}

export interface RestatementView {
  valueText: string;
  authorisedBy: PersonRef | null;
  authorisedAt: string | null;
  /** dd/mm/yyyy (Europe/London), for people; null when it was never recorded. */
  authorisedOn: string | null;
  reopenedBy: PersonRef | null;
  reopenedAt: string;
  /** dd/mm/yyyy (Europe/London), for people. */
  reopenedOn: string;
  reason: string;
}

export type StoredReturn = StoredItem<ListShapes['returns']>;

export function toReturn(item: StoredReturn): IndicatorReturn {
  return { ...item.fields, id: item.id };
}

/** Actors that are not people: history brought in by import, and Golden Thread itself. */
const NON_PEOPLE: Record<string, string> = {
  import: 'Imported history',
  system: 'Golden Thread',
};

function ref(cat: Catalogue, id: string | null): PersonRef | null {
  if (!id) return null;
  const p = cat.people.get(id);
  return { id, name: p?.name ?? NON_PEOPLE[id] ?? 'Unknown person' };
}

export function ratingView(state: RatingState, relativeDifference: number | null): RatingView {
  return { state, label: RATING_LABELS[state], relativeDifference };
}

export interface ViewInput {
  cat: Catalogue;
  settings: CouncilSettings;
  today: string;
  viewerId: string;
  item: StoredReturn;
  /** Earlier returns of the same indicator, any order; the four before this one are shown. */
  siblings: readonly StoredReturn[];
  /** The indicator's action plans, any status (absent: none shown). */
  plans?: readonly StoredPlan[];
  /** The comparator groups and the indicator's figures (absent: no quartile shown). */
  comparators?: Comparators;
}

export function buildReturnView(input: ViewInput): ReturnView {
  const { cat, settings, today, item } = input;
  const ret = toReturn(item);
  const indicator = cat.indicators.get(ret.indicatorId);
  if (!indicator) throw new Error(`return ${ret.id} names an indicator that does not exist`);
  const facts = periodFacts(cat, settings, indicator.id, ret.periodKey);
  const rating = rateStoredReturn(indicator, ret, facts, settings, today);
  const fmt = (v: number | null) => formatFigure(v, indicator);
  const history = earlierReturns(input.siblings.map(toReturn), facts.period, 4).map(
    ({ ret: r }): HistoryPoint => {
      const f = periodFacts(cat, settings, indicator.id, r.periodKey);
      const rr = rateStoredReturn(indicator, r, f, settings, today);
      return {
        periodKey: r.periodKey,
        periodLabel: f.period.label,
        value: r.value,
        valueText: fmt(r.value),
        target: f.target,
        targetText: fmt(f.target),
        rating: ratingView(rr.state, rr.relativeDifference),
        state: r.state,
      };
    },
  );
  return {
    id: ret.id,
    version: item.version,
    state: ret.state,
    periodKey: ret.periodKey,
    periodLabel: facts.period.label,
    dueDate: facts.dueDate,
    overdue: ret.state === 'due' && today > facts.dueDate,
    indicator: {
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      definition: indicator.definition,
      unit: indicator.unit,
      decimals: indicator.decimals,
      polarity: indicator.polarity,
      frequency: indicator.frequency,
      procedure: indicator.procedure,
    },
    value: ret.value,
    valueText: fmt(ret.value),
    target: facts.target,
    targetText: fmt(facts.target),
    rating: ratingView(rating.state, rating.relativeDifference),
    notAvailableReason: ret.notAvailableReason,
    commentary: ret.commentary,
    evidenceUrl: ret.evidenceUrl,
    numerator: ret.numerator,
    denominator: ret.denominator,
    forecast: ret.forecast,
    enteredBy: ref(cat, ret.enteredBy),
    enteredAt: ret.enteredAt,
    checkedBy: ref(cat, ret.checkedBy),
    checkedAt: ret.checkedAt,
    authorisedBy: ref(cat, ret.authorisedBy),
    authorisedAt: ret.authorisedAt,
    sentBackReason: ret.sentBackReason,
    sentBackBy: ref(cat, ret.sentBackBy),
    actionPlanId: ret.actionPlanId,
    ...planViews(input, ret.actionPlanId),
    plausibilityConfirmed: ret.plausibilityConfirmed,
    procedure: procedureInForce(
      indicator,
      cat.procedureVersions.get(indicator.id) ?? [],
      // Entered before versions were kept: under the first version, the one before any edit.
      ret.state === 'due' ? null : (ret.procedureVersion ?? 1),
    ),
    collector: ref(cat, indicator.collectorId),
    responsible: ref(cat, indicator.responsibleId),
    authoriser: ref(cat, indicator.authoriserId),
    history,
    benchmark: input.comparators
      ? latestPositionBefore(
          input.comparators,
          indicator,
          facts.period.start,
          authorisedFigures(
            input.siblings.map((r) => r.fields),
            indicator,
          ),
        )
      : null,
    allowed: allowedEvents(ret, actorForReturn(cat.people, input.viewerId, indicator, ret)),
    waitingFor: waitingFor(cat, indicator, ret),
    restatements: restatementViews(cat, indicator, ret),
    mayReopen: ret.state === 'authorised' && mayReopen(cat, input.viewerId, indicator.id),
  };
}

function planViews(input: ViewInput, attachedId: string | null) {
  const views = (input.plans ?? [])
    .map((p) => actionPlanView(input.cat, input.settings, p, input.today, input.viewerId))
    .sort(comparePlans);
  return {
    actionPlan: views.find((p) => p.id === attachedId) ?? null,
    openPlans: views.filter((p) => p.status === 'open'),
  };
}

/** The earlier authorised figures of a return, oldest first, as people read them. */
export function restatementViews(
  cat: Catalogue,
  indicator: Indicator,
  ret: Pick<IndicatorReturn, 'restatements'>,
): RestatementView[] {
  const on = (at: string) => formatDate(londonDate(at));
  return (ret.restatements ?? []).map((r) => ({
    valueText: r.value === null ? 'Not available' : formatFigure(r.value, indicator),
    authorisedBy: ref(cat, r.authorisedBy),
    authorisedAt: r.authorisedAt,
    authorisedOn: r.authorisedAt ? on(r.authorisedAt) : null,
    reopenedBy: ref(cat, r.reopenedBy),
    reopenedAt: r.reopenedAt,
    reopenedOn: on(r.reopenedAt),
    reason: r.reason,
  }));
}

function waitingFor(cat: Catalogue, indicator: Indicator, ret: IndicatorReturn) {
  const next = nextActorsFor(cat.people, indicator, ret);
  return {
    people: next.people.map((id) => ref(cat, id)!),
    fallback: next.fallback,
    reason: next.reason,
  };
}
