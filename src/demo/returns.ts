// The return history: one return per live indicator per period, from April two financial years
// ago up to the last period that ended before today, with figures that follow each indicator's
// story, officers' commentary, the workflow trail and the action plans that off-target figures need.
import type {
  ActionPlan,
  IndicatorReturn,
  IsoDate,
  RatingSchemeConfig,
  Target,
  TimetableEntry,
} from '../domain/model/types.js';
import {
  dueDateFor,
  kindForFrequency,
  periodsOfYear,
  type Period,
} from '../domain/periods/index.js';
import { rateValue } from '../domain/ratings/index.js';
import { createPlanTracker } from './action-plans.js';
import { commentaryFor } from './commentary.js';
import { daysBetween, fyLabel } from './dates.js';
import { idSequence } from './ids.js';
import type { BuiltIndicator } from './indicators.js';
import { namedStateFor } from './named-work.js';
import { randomFor, type Random } from './prng.js';
import {
  applyState,
  blankReturn,
  HISTORIC_NOT_AVAILABLE_CODE,
  IN_PLAY_DAYS_AFTER_DUE,
  latestStateFor,
  NOT_AVAILABLE_CODE,
  SENT_BACK_CODE,
  stampsFor,
} from './return-workflow.js';
import { annualTargetFor, targetsByPeriod } from './targets.js';
import { figureFor, possibleValue, ratioFor } from './value-story.js';

export const DEMO_SCHEME: RatingSchemeConfig = { kind: 'four-level' };

export interface ReturnsContext {
  today: IsoDate;
  fyStart: number;
  seed: number;
  timetable: readonly TimetableEntry[];
  targets: readonly Target[];
  defaultDueWorkingDays: number;
}

/** Periods of the indicator's frequency from April of (current FY − 2) that ended before today. */
export function reportablePeriods(
  frequency: BuiltIndicator['spec']['frequency'],
  fyStart: number,
  today: IsoDate,
): Period[] {
  const kind = kindForFrequency(frequency);
  return [-2, -1, 0]
    .flatMap((o) => periodsOfYear(fyLabel(fyStart + o), kind))
    .filter((p) => p.end < today);
}

export function buildReturnsAndPlans(
  indicators: readonly BuiltIndicator[],
  options: ReturnsContext,
): { returns: IndicatorReturn[]; actionPlans: ActionPlan[] } {
  // Indicators of one frequency share their periods' due dates: work each out once (the demo is
  // built for every day of a year in the calendar sweep, so its build time matters).
  const dueDates = new Map<string, IsoDate>();
  const dueDateOf = (period: Period): IsoDate => {
    let due = dueDates.get(period.key);
    if (due === undefined) {
      due = dueDateFor(period, {
        timetable: options.timetable,
        defaultWorkingDays: options.defaultDueWorkingDays,
      });
      dueDates.set(period.key, due);
    }
    return due;
  };
  const ctx: BuildContext = { ...options, dueDateOf };
  const nextReturnId = idSequence('returns');
  const nextPlanId = idSequence('actionPlans');
  const returns: IndicatorReturn[] = [];
  const actionPlans: ActionPlan[] = [];
  // Counted over indicators whose latest return is still in play, so every state shows up.
  let inPlay = 0;
  for (const built of indicators.filter((b) => !b.indicator.retired)) {
    const out = returnsForIndicator(built, () => inPlay++, ctx, nextReturnId, nextPlanId);
    returns.push(...out.returns);
    actionPlans.push(...out.plans);
  }
  return { returns, actionPlans };
}

interface BuildContext extends ReturnsContext {
  dueDateOf(period: Period): IsoDate;
}

function returnsForIndicator(
  { spec, indicator }: BuiltIndicator,
  takeInPlayIndex: () => number,
  ctx: BuildContext,
  nextReturnId: () => string,
  nextPlanId: () => string,
) {
  const rng = randomFor(ctx.seed, spec.code);
  const periods = reportablePeriods(spec.frequency, ctx.fyStart, ctx.today);
  const targets = targetsByPeriod(ctx.targets, indicator.id);
  const tracker = createPlanTracker(spec, indicator, nextPlanId, rng);
  const returns: IndicatorReturn[] = [];
  let contextDrift = 0;
  const dueDates = periods.map((period) => ctx.dueDateOf(period));
  periods.forEach((period, i) => {
    const dueDate = dueDates[i]!;
    const latest = i === periods.length - 1;
    const named = namedStateFor(spec.code, i, dueDates, ctx.today);
    const recent = latest && daysBetween(dueDate, ctx.today) <= IN_PLAY_DAYS_AFTER_DUE;
    // A named indicator still takes its place in the mix, so the rest of the council's spread
    // of states is the same as if the rule did not exist.
    const mixed = recent ? latestStateFor(spec.code, takeInPlayIndex()) : 'authorised';
    const inPlay = named !== null || recent;
    const state = named ?? mixed;
    const stamps = stampsFor(period.end, dueDate, ctx.today, rng);
    let ret = applyState(
      blankReturn(nextReturnId(), indicator.id, period.key),
      state,
      indicator,
      stamps,
    );
    const target = targets.get(period.key) ?? null;
    const ratio = ratioFor(spec.story, i, periods.length, rng);
    contextDrift += rng.normal(0, 0.004);

    if (state === 'due') {
      if (spec.code === SENT_BACK_CODE) {
        ret.sentBackReason =
          'The number of requests due does not match the FOI system report for the month: please recheck and resubmit.';
        ret.sentBackBy = indicator.responsibleId;
      }
      returns.push(ret);
      return;
    }
    const notAvailable =
      (inPlay && spec.code === NOT_AVAILABLE_CODE) ||
      (spec.code === HISTORIC_NOT_AVAILABLE_CODE && i === periods.length - 3);
    if (notAvailable) {
      ret.notAvailableReason =
        spec.code === NOT_AVAILABLE_CODE
          ? 'ONS has delayed publication of the claimant count for this month; it will be added when released.'
          : 'No families left bed and breakfast accommodation this quarter, so there is no length of stay to average.';
      ret.commentary = 'Figure not available; see the reason given.';
      returns.push(ret);
      return;
    }
    const centre = target ?? (spec.centre ?? 0) * (1 + contextDrift);
    const figure = figureFor(spec, centre, ratio, rng);
    const rating = rateValue(
      {
        value: figure.value,
        target,
        polarity: spec.polarity,
        unit: spec.unit,
        decimals: spec.decimals,
        contextOnly: indicator.contextOnly,
      },
      DEMO_SCHEME,
    );
    ret = {
      ...ret,
      ...figure,
      commentary: commentaryFor(spec, period, figure.value, target, rating.state, rng),
      evidenceUrl: rng.chance(0.85)
        ? `https://intranet.example.gov.uk/performance/evidence/${spec.code.toLowerCase()}/${period.key.replace(/[ /]/g, '-')}`
        : null,
      forecast: latest ? forecastFor(spec, ratio, ctx, period, rng) : null,
    };
    ret.actionPlanId = tracker.track(ret, period, rating.offTarget);
    returns.push(ret);
  });
  return { returns, plans: tracker.plans() };
}

/** Some officers give a year-end forecast with the latest figure of the current year. */
function forecastFor(
  spec: BuiltIndicator['spec'],
  ratio: number,
  ctx: ReturnsContext,
  period: Period,
  rng: Random,
): number | null {
  const annual = annualTargetFor(spec, 0);
  if (annual === null || period.fyStart !== ctx.fyStart || !rng.chance(0.5)) return null;
  const sign = spec.polarity === 'lower' ? -1 : 1;
  return possibleValue(annual * (1 + sign * ratio * 0.6), spec.unit, spec.decimals);
}
