// The golden thread for a period: corporate plan → priorities → objectives → indicators and key
// actions, each level carrying its roll-up counts by rating. The plan is the one covering the
// period (the current one by default); an earlier plan can be asked for by its code, and is then
// read at its own last year unless a period is given, so it shows the ratings of its day.
import type { CorporatePlan, RatingLevel, RatingState } from '../../domain/model/types.js';
import { buildThread, type ThreadNode } from '../../domain/golden-thread/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { keyActionRating } from '../../domain/ratings/index.js';
import type { AppDeps } from '../deps.js';
import { loadPeriodStatuses } from '../status/index.js';
import { threadInput } from '../dashboard/index.js';

/** A plan as the plan selector lists it. */
export type PlanSummary = Pick<
  CorporatePlan,
  'id' | 'code' | 'title' | 'firstYear' | 'lastYear' | 'current'
>;

export interface PlanTree {
  period: { key: string; label: string };
  tree: ThreadNode | null;
  /** The plan shown (null when the council has none yet). */
  plan: PlanSummary | null;
  /** Every plan, newest first, so an earlier one can be chosen. */
  plans: PlanSummary[];
}

const summary = ({ id, code, title, firstYear, lastYear, current }: CorporatePlan) => ({
  id,
  code,
  title,
  firstYear,
  lastYear,
  current,
});

export async function planTree(
  deps: AppDeps,
  periodText?: string,
  planCode?: string,
): Promise<PlanTree> {
  let loaded = await loadPeriodStatuses(deps, periodText, { authorisedOnly: false });
  const wanted = planCode?.trim().toUpperCase();
  const chosen = wanted
    ? loaded.cat.plans.find((p) => p.code.toUpperCase() === wanted || p.id === planCode)
    : undefined;
  if (wanted && !chosen) throw new ValidationError(`no plan has the code “${planCode}”`, 'plan');
  const outside = (p: CorporatePlan) =>
    loaded.selected.year < p.firstYear || loaded.selected.year > p.lastYear;
  if (chosen && !periodText?.trim() && outside(chosen))
    loaded = await loadPeriodStatuses(deps, chosen.lastYear, { authorisedOnly: false });
  const { cat, selected, rows } = loaded;
  const plans = [...cat.plans]
    .sort((a, b) => Number(b.current) - Number(a.current) || b.firstYear.localeCompare(a.firstYear))
    .map(summary);
  const period = { key: selected.key, label: selected.label };
  const input = threadInput(cat, selected.year);
  if (!input) return { period, tree: null, plan: null, plans };
  if (chosen) input.plan = chosen;
  const states = new Map<string, RatingState>(rows.map((r) => [r.indicator.id, r.rating.state]));
  const currentPlans = new Set(
    cat.servicePlans.filter((sp) => sp.year === selected.year).map((sp) => sp.id),
  );
  const actions = new Map<string, RatingLevel>(
    cat.keyActions
      .filter((a) => currentPlans.has(a.servicePlanId))
      .map((a) => [a.id, keyActionRating(a.status, a.outcome)]),
  );
  input.keyActions = input.keyActions.filter((a) => currentPlans.has(a.servicePlanId));
  return {
    period,
    tree: buildThread(input, states, actions),
    plan: summary(input.plan),
    plans,
  };
}
