// The golden thread for a period: corporate plan → priorities → objectives → indicators and key
// actions, each level carrying its roll-up counts by rating. The plan is the one covering the
// period (the current one by default); an earlier plan can be asked for by its code, and is then
// read at its own last year unless a period is given, so it shows the ratings of its day. Rated on
// authorised figures only unless a leader asks to include provisional ones. Priorities, objectives
// and key actions carry the risks that threaten them (issue 17, "in the thread").
import type { CorporatePlan, RatingLevel, RatingState } from '../../domain/model/types.js';
import { buildThread, type ThreadNode } from '../../domain/golden-thread/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { keyActionRating } from '../../domain/ratings/index.js';
import type { AppDeps } from '../deps.js';
import {
  basisOf,
  loadPeriodStatuses,
  provisionalWords,
  statusOptionsFor,
  type Basis,
  type BasisChoice,
} from '../status/index.js';
import { threadInput } from '../dashboard/index.js';
import { loadThreadRisks, withRisks } from '../risks/index.js';

/** A plan as the plan selector lists it. */
export type PlanSummary = Pick<
  CorporatePlan,
  'id' | 'code' | 'title' | 'firstYear' | 'lastYear' | 'current'
>;

export interface PlanTree {
  period: { key: string; label: string };
  /** 'authorised' (the default): only authorised figures are rated. */
  basis: Basis;
  /** Indicators whose figure is entered but not authorised, by id, with the words to show. */
  provisional: Record<string, string>;
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
  choice: BasisChoice = {},
): Promise<PlanTree> {
  const basis = basisOf(choice);
  const options = statusOptionsFor(basis);
  let loaded = await loadPeriodStatuses(deps, periodText, options);
  const wanted = planCode?.trim().toUpperCase();
  const chosen = wanted
    ? loaded.cat.plans.find((p) => p.code.toUpperCase() === wanted || p.id === planCode)
    : undefined;
  if (wanted && !chosen) throw new ValidationError(`no plan has the code “${planCode}”`, 'plan');
  const outside = (p: CorporatePlan) =>
    loaded.selected.year < p.firstYear || loaded.selected.year > p.lastYear;
  if (chosen && !periodText?.trim() && outside(chosen))
    loaded = await loadPeriodStatuses(deps, chosen.lastYear, options);
  const { cat, selected, rows } = loaded;
  const plans = [...cat.plans]
    .sort((a, b) => Number(b.current) - Number(a.current) || b.firstYear.localeCompare(a.firstYear))
    .map(summary);
  const period = { key: selected.key, label: selected.label };
  const provisional: Record<string, string> = {};
  for (const r of rows) {
    const words = provisionalWords(r.ret);
    if (words) provisional[r.indicator.id] = words;
  }
  const input = threadInput(cat, selected.year);
  if (!input) return { period, basis, provisional, tree: null, plan: null, plans };
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
  // The register as it stands today, whatever the period: a risk has no history by month.
  const risks = await loadThreadRisks(deps.store);
  return {
    period,
    basis,
    provisional,
    tree: withRisks(buildThread(input, states, actions), cat, risks),
    plan: summary(input.plan),
    plans,
  };
}
