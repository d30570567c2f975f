// Builds the whole demo council as plain items with fixed ids: pure, deterministic for a seed and
// a day, so `npm start` on a fresh store and `npm run demo:reset` always give the same council
// with "this year to date" relative to today.
import { ValidationError } from '../domain/errors/errors.js';
import type { IsoDate } from '../domain/model/types.js';
import { isValidIsoDate } from '../domain/periods/index.js';
import { LIST_NAMES, type ListName } from '../domain/ports/store.js';
import { buildBenchmarkValues, demoComparatorGroups } from './benchmarks.js';
import { buildBreakdowns } from './breakdowns.js';
import { buildBudgetLines } from './budget-lines.js';
import { buildCorporatePlan } from './corporate-plan.js';
import { fyStartOf } from './dates.js';
import { buildDeepDives } from './deep-dives.js';
import { demoId } from './ids.js';
import { buildIndicators } from './indicators.js';
import { buildKeyActionUpdates } from './key-action-updates.js';
import { buildServicePlansAndActions } from './key-actions.js';
import { buildOrganisation } from './organisation.js';
import { buildPeople } from './people.js';
import { randomFor } from './prng.js';
import { buildReturnsAndPlans } from './returns.js';
import { buildRisks } from './risks.js';
import { DEMO_SETTINGS, settingsItems } from './settings.js';
import { demoStrategicCadence } from './strategic-cadence.js';
import { buildTargets } from './targets.js';
import { buildTimetable } from './timetable.js';
import { ELMSTEAD_WARD_SET, elmsteadWards } from './wards.js';

export interface DemoOptions {
  today: IsoDate;
  seed?: number;
}

export interface DemoItem {
  list: ListName;
  id: string;
  fields: Record<string, unknown>;
}

export interface DemoCouncil {
  items: DemoItem[];
  summary: Record<ListName, number>;
}

/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 1974;

function validate(opts: DemoOptions): { today: IsoDate; seed: number } {
  if (typeof opts?.today !== 'string' || !isValidIsoDate(opts.today)) {
    throw new ValidationError(`must be a date as YYYY-MM-DD, got ${String(opts?.today)}`, 'today');
  }
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed))
    throw new ValidationError(`must be a whole number, got ${String(seed)}`, 'seed');
  return { today: opts.today, seed };
}

function toItems(list: ListName, rows: ReadonlyArray<{ id: string }>): DemoItem[] {
  return rows.map(({ id, ...fields }) => ({ list, id, fields }));
}

export function buildDemoCouncil(opts: DemoOptions): DemoCouncil {
  const { today, seed } = validate(opts);
  const fyStart = fyStartOf(today);
  const org = buildOrganisation();
  const people = buildPeople(today, org.directorateIds);
  const plan = buildCorporatePlan(fyStart);
  const { servicePlans, keyActions: plannedActions } = buildServicePlansAndActions({
    today,
    fyStart,
    serviceIds: org.serviceIds,
    objectiveIdByCode: plan.objectiveIdByCode,
    rng: randomFor(seed, 'key-actions'),
  });
  const indicators = buildIndicators({
    fyStart,
    serviceIds: org.serviceIds,
    objectiveIdByCode: plan.objectiveIdByCode,
  });
  const targets = buildTargets(indicators, fyStart);
  const timetable = buildTimetable(fyStart);
  const { keyActions, updates: keyActionUpdates } = buildKeyActionUpdates(
    servicePlans,
    plannedActions,
    { today, timetable, rng: randomFor(seed, 'key-action-updates') },
  );
  const { returns, actionPlans } = buildReturnsAndPlans(indicators, {
    today,
    fyStart,
    seed,
    timetable,
    targets,
    defaultDueWorkingDays: DEMO_SETTINGS.defaultDueWorkingDays,
  });
  const register = buildRisks({
    today,
    objectiveIdByCode: plan.objectiveIdByCode,
    servicePlans,
    keyActions,
  });
  const settings = [...settingsItems(), demoStrategicCadence(today)].map((s, i) => ({
    id: demoId('settings', i + 1),
    ...s,
  }));

  const wards = elmsteadWards();

  const byList: Record<ListName, ReadonlyArray<{ id: string }>> = {
    procedureVersions: [],
    spotCheckDraws: [],
    spotChecks: [],
    people,
    directorates: org.directorates,
    services: org.services,
    portfolios: org.portfolios,
    plans: plan.plans,
    priorities: plan.priorities,
    objectives: plan.objectives,
    servicePlans,
    keyActions,
    indicators: indicators.map((b) => b.indicator),
    targets,
    returns,
    actionPlans,
    timetable,
    settings,
    // Runtime lists start empty: the bot and the reminders fill them.
    conversations: [],
    cardMessages: [],
    reminderLedger: [],
    leases: [],
    snoozes: [],
    meetingStages: [],
    keyActionUpdates,
    risks: register.risks,
    riskMitigations: register.riskMitigations,
    riskReviews: register.riskReviews,
    // Budget lines (issue 17): last year's quarters and this year's so far.
    budgetLines: buildBudgetLines({ today, fyStart, serviceIds: org.serviceIds }),
    // Benchmarks and place (issue 16).
    comparatorGroups: demoComparatorGroups(),
    benchmarkValues: buildBenchmarkValues({ today, fyStart, seed, indicators, targets }),
    breakdownValues: buildBreakdowns({ indicators, returns, wards, seed }),
    areaBoundaries: wards.map((w, i) => ({
      id: demoId('areaBoundaries', i + 1),
      boundarySet: ELMSTEAD_WARD_SET,
      ...w,
    })),
    deepDiveReviews: buildDeepDives({ today, indicators, returns, actionPlans }),
  };
  const items = LIST_NAMES.flatMap((list) => toItems(list, byList[list]));
  const summary = Object.fromEntries(LIST_NAMES.map((l) => [l, byList[l].length])) as Record<
    ListName,
    number
  >;
  return { items, summary };
}
