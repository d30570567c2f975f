// The demo council's deep-dive reviews (issue 16): one under way on a persistently under-performing
// indicator (opened three weeks ago, half its questions answered, its report due in six weeks) and
// one a scrutiny committee asked for on another, closed ten days ago with findings,
// recommendations and an outcome, linked to its indicator's latest action plan. Every date is
// counted from `today`; the answers are told from each indicator's own reasons (its spec).
import { noAnswers, unwrittenReview } from '../domain/deep-dives/index.js';
import type {
  ActionPlan,
  DeepDiveReview,
  IndicatorReturn,
  IsoDate,
} from '../domain/model/types.js';
import { parsePeriod } from '../domain/periods/index.js';
import type { BuiltIndicator } from './indicators.js';
import { addDaysIso, instantAt } from './dates.js';
import { demoId } from './ids.js';

export interface DeepDiveContext {
  today: IsoDate;
  indicators: readonly BuiltIndicator[];
  returns: readonly IndicatorReturn[];
  actionPlans: readonly ActionPlan[];
}

/**
 * The indicators whose story is persistent under-performance (indicators-*.ts), those whose latest
 * figure is authorised first: the dashboard flags an indicator on its latest rated figures, and a
 * figure still in play is not rated yet, so which of them is flagged depends on the day.
 */
function persistentIndicators(ctx: DeepDiveContext): BuiltIndicator[] {
  const latest = new Map<string, IndicatorReturn>();
  for (const r of ctx.returns) {
    const seen = latest.get(r.indicatorId);
    if (!seen || parsePeriod(r.periodKey).end > parsePeriod(seen.periodKey).end) {
      latest.set(r.indicatorId, r);
    }
  }
  const persistent = ctx.indicators.filter((b) => b.spec.story === 'persistent');
  const authorised = (b: BuiltIndicator) => latest.get(b.indicator.id)?.state === 'authorised';
  return [...persistent.filter(authorised), ...persistent.filter((b) => !authorised(b))];
}

/** The spec's reasons for under-performance as a sentence: "A, B and C". */
function listed(reasons: readonly string[]): string {
  const text =
    reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}` : reasons[0];
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : 'Not yet known';
}

export function buildDeepDives(ctx: DeepDiveContext): DeepDiveReview[] {
  const [open, closed] = persistentIndicators(ctx);
  if (!open || !closed)
    throw new Error('the demo needs two persistently under-performing indicators');
  const latestPlan = ctx.actionPlans
    .filter((p) => p.indicatorId === closed.indicator.id)
    .sort((a, b) => b.periodKey.localeCompare(a.periodKey))[0];
  const title = (b: BuiltIndicator) => b.indicator.title.replace(/ \(.*\)$/, '').toLowerCase();
  return [
    {
      id: demoId('deepDiveReviews', 1),
      indicatorId: open.indicator.id,
      trigger: 'persistent-under-performance',
      requestedBy: '',
      requestedAt: instantAt(addDaysIso(ctx.today, -21), 9, 30),
      scope:
        `Why ${title(open)} has been well short of target for several periods running: ` +
        'what is driving it, what it means for residents, and whether the action plan is enough.',
      leadOfficerId: open.indicator.responsibleId,
      dueDate: addDaysIso(ctx.today, 42),
      ...unwrittenReview(),
      answers: {
        ...noAnswers(),
        whyIsThisTheCase: `${listed(open.spec.reasons ?? [])}.`,
        implications:
          'The year-end target will be missed unless performance recovers this quarter, and the ' +
          'shortfall is now visible to residents.',
        areExistingActionsWorking:
          'The corrective actions have stopped it getting worse, but not brought it back to target.',
      },
    },
    {
      id: demoId('deepDiveReviews', 2),
      indicatorId: closed.indicator.id,
      trigger: 'committee',
      requestedBy: 'Overview and Scrutiny Committee',
      requestedAt: instantAt(addDaysIso(ctx.today, -63), 14, 0),
      scope: `The causes of the shortfall in ${title(closed)}, and what would bring it back on target.`,
      leadOfficerId: closed.indicator.responsibleId,
      dueDate: addDaysIso(ctx.today, -14),
      answers: {
        whyIsThisTheCase: `${listed(closed.spec.reasons ?? [])}.`,
        implications: 'Residents wait longer for the service, and complaints have risen.',
        impactOnServiceUsersAndPartners:
          'Service users feel it first; partner agencies report more queries passed on to them.',
        effectOnPrioritiesAndRisks:
          'It puts the priority this indicator serves at risk, and the service’s delivery risk with it.',
        areExistingActionsWorking: 'Partly: the first corrective actions helped, but not enough.',
        predictedPerformanceIfNothingMore:
          'Still well short of target at the year end, by much the same margin as now.',
      },
      findings:
        'The shortfall comes from capacity and process, not from the team’s own work; the ' +
        'causes named in the answers are the ones to fix.',
      recommendations:
        'Fund the capacity the service needs until the backlog clears; change the process the ' +
        'answers name; report progress to the committee each quarter.',
      actionPlanId: latestPlan?.id ?? null,
      status: 'closed',
      outcome:
        'Recommendations agreed by the committee; the action plan now carries them, monitored by ' +
        'the Corporate Management Team each month.',
      closedAt: instantAt(addDaysIso(ctx.today, -10), 15, 30),
      closedBy: closed.indicator.responsibleId,
    },
  ];
}
