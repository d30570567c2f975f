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
          done.push({
            ...open,
            correctiveActions: open.correctiveActions.map((a) => ({ ...a, done: true })),
            status: 'closed',
            closedAt: ret.checkedAt,
            outcome: `Back on target in ${period.label}: the plan closed when that figure was checked.`,
          });
          open = null;
        }
        return null;
      }
      if (open) {
        // Another period off target under the same plan: its owner says where it stands, and the
        // first step, once its date has passed, is done.
        const checked = ret.checkedAt.slice(0, 10);
        open = {
          ...open,
          correctiveActions: open.correctiveActions.map((a, i) =>
            i === 0 && a.dueDate < checked ? { ...a, done: true } : a,
          ),
          progress: [
            ...open.progress,
            {
              at: ret.checkedAt,
              byId: open.ownerId,
              text: `Still below target in ${period.label}; the corrective actions continue.`,
            },
          ],
        };
      }
      if (!open) {
        const text = actionPlanText(spec, rng);
        const checked = ret.checkedAt.slice(0, 10);
        const dueDate = addDaysIso(checked, rng.int(30, 75));
        open = {
          id: nextId(),
          indicatorId: indicator.id,
          periodKey: period.key,
          reasons: text.reasons,
          actions: text.actions,
          ownerId: indicator.responsibleId,
          dueDate,
          expectedRecovery: nextPeriod(nextPeriod(period)).key,
          status: 'open',
          closedAt: null,
          ...NEW_ACTION_PLAN,
          // Two steps with dates, so reminders follow the plan's own dates: find the causes
          // within a fortnight, and the actions themselves by the plan's due date.
          correctiveActions: [
            {
              title: 'Confirm the causes with the service team',
              dueDate: addDaysIso(checked, 14),
              done: false,
            },
            { title: 'Put the corrective actions in place', dueDate, done: false },
          ],
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
