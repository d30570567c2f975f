// The cycle's plan: every kind of subject through the one reminder policy, each kind's reasons then
// said in its own words (a key action's service head, a spot check's performance team).
import { planNudges, type NudgePlan, type PlanInput } from '../../domain/reminders/index.js';
import { sourceOf } from './sources/index.js';

/** Everything due now from everyone, as one plan. */
export function planCycle(input: PlanInput): NudgePlan {
  const plan = planNudges(input);
  const fix = <T extends { returnId: string; reason: string }>(r: T): T => {
    const { words } = sourceOf(r.returnId).source;
    return words ? { ...r, reason: words(r.reason) } : r;
  };
  return { ...plan, reminders: plan.reminders.map(fix), held: plan.held.map(fix) };
}
