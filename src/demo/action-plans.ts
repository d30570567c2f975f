// Action plans follow off-target returns (DESIGN.md: checking an off-target figure needs an
// Action Plan). One plan covers a run of off-target periods and is closed by the first checked
// figure back on target, so old plans are closed and the ones still needed are open.
import { NEW_ACTION_PLAN } from '../domain/model/action-plan-defaults.js';
import type { ActionPlan, Indicator, IndicatorReturn } from '../domain/model/types.js';
import { nextPeriod, type Period } from '../domain/periods/index.js';
import { actionPlanText } from './commentary.js';
import { addDaysIso } from './dates.js';
import type { IndicatorSpec } from './indicator-spec.js';
import type { Random } from './prng.js';

export interface PlanTracker {
  /** Call for each return in period order; returns the plan id the return should carry. */
  track(ret: IndicatorReturn, period: Period, offTarget: boolean): string | null;
  plans(): ActionPlan[];
}

export function createPlanTracker(
  spec: IndicatorSpec,
  indicator: Indicator,
  nextId: () => string,
  rng: Random,
): PlanTracker {
  const done: ActionPlan[] = [];
  let open: ActionPlan | null = null;
  return {
    track(ret, period, offTarget) {
      const reviewed = ret.state === 'checked' || ret.state === 'authorised';
      if (!reviewed || ret.value === null || ret.checkedAt === null) return null;
      if (!offTarget) {
        if (open) {
          done.push({ ...open, status: 'closed', closedAt: ret.checkedAt });
          open = null;
        }
        return null;
      }
      if (!open) {
        const text = actionPlanText(spec, rng);
        open = {
          id: nextId(),
          indicatorId: indicator.id,
          periodKey: period.key,
          reasons: text.reasons,
          actions: text.actions,
          ownerId: indicator.responsibleId,
          dueDate: addDaysIso(ret.checkedAt.slice(0, 10), rng.int(30, 75)),
          expectedRecovery: nextPeriod(nextPeriod(period)).key,
          status: 'open',
          closedAt: null,
          ...NEW_ACTION_PLAN,
          correctiveActions: [],
          progress: [],
        };
      }
      return open.id;
    },
    plans() {
      return open ? [...done, open] : [...done];
    },
  };
}
