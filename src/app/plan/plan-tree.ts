// The golden thread for a period: corporate plan → priorities → objectives → indicators and key
// actions, each level carrying its roll-up counts by rating.
import type { RatingLevel, RatingState } from '../../domain/model/types.js';
import { buildThread, type ThreadNode } from '../../domain/golden-thread/index.js';
import { keyActionRating } from '../../domain/ratings/index.js';
import type { AppDeps } from '../deps.js';
import { loadPeriodStatuses } from '../status/index.js';
import { threadInput } from '../dashboard/index.js';

export async function planTree(
  deps: AppDeps,
  periodText?: string,
): Promise<{ period: { key: string; label: string }; tree: ThreadNode | null }> {
  const { cat, selected, rows } = await loadPeriodStatuses(deps, periodText, {
    authorisedOnly: false,
  });
  const input = threadInput(cat);
  if (!input) return { period: { key: selected.key, label: selected.label }, tree: null };
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
    period: { key: selected.key, label: selected.label },
    tree: buildThread(input, states, actions),
  };
}
