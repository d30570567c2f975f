// The demo council on a real in-memory SQLite store, built for a fixed day and read at a fixed
// moment (time is an input, issue #12), and the cases the use-case and protocol tests look for in
// it. Cases are found in the data rather than assumed from ids, so a change to the demo moves them
// instead of breaking them; where a test needs the data in a particular state it is put there
// through the application's own commands.
import { closeActionPlan } from '../../src/app/action-plans/index.js';
import { loadCatalogue, type Catalogue } from '../../src/app/catalogue/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import { getReturnView, myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { seedDemoCouncil } from '../../src/demo/index.js';
import type { Indicator, Person } from '../../src/domain/model/types.js';
import type { ReturnState } from '../../src/domain/model/types.js';
import { isOffTarget } from '../../src/domain/ratings/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';

/** The day the app-layer tests build the demo for, and the moment they read it at. */
export const DEMO_DAY = '2025-11-20';
export const DEMO_NOW = `${DEMO_DAY}T10:00:00.000Z`;

/**
 * A fresh store holding the demo council built for `today`, with a clock reading `now`. The store
 * reads the same clock (through `deps`, so a test that moves `deps.clock` moves audit times too).
 */
export async function demoAt(today = DEMO_DAY, now = `${today}T10:00:00.000Z`): Promise<AppDeps> {
  const deps = { clock: { now: () => new Date(now) } } as AppDeps;
  deps.store = openSqliteStore({ file: ':memory:', clock: () => deps.clock.now() });
  await seedDemoCouncil(deps.store, { today });
  return deps;
}

/** The performance team, in the order the store gives them. */
export function performanceTeam(cat: Catalogue): Person[] {
  return [...cat.people.values()].filter((p) => p.roles.includes('admin'));
}

/** Someone with no part in the indicator: none of its officers, their delegates or the team. */
export function bystanderOf(cat: Catalogue, indicator: Indicator): Person | undefined {
  const officers = [
    indicator.collectorId,
    indicator.responsibleId,
    indicator.authoriserId,
    indicator.escalationOwnerId,
  ];
  return [...cat.people.values()].find(
    (p) =>
      !p.roles.includes('admin') &&
      p.roles.length > 0 &&
      !officers.includes(p.id) &&
      !officers.some((o) => cat.people.get(o)?.delegateId === p.id),
  );
}

export interface ReturnCase {
  indicator: Indicator;
  returnId: string;
  version: string;
  /** The return as `viewer` saw it (its Collection Officer unless said otherwise). */
  view: ReturnView;
  admin: Person;
  bystander: Person;
}

/**
 * A return in `state` of a live indicator whose four officers are four different people, none of
 * them in the performance team, that `suits` as `viewer` sees it.
 */
export async function returnIn(
  deps: AppDeps,
  state: ReturnState,
  suits: (view: ReturnView) => boolean = () => true,
  viewer: (indicator: Indicator) => string = (i) => i.collectorId,
): Promise<ReturnCase> {
  const cat = await loadCatalogue(deps.store);
  const [admin] = performanceTeam(cat);
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  for (const item of await deps.store.query('returns', { state })) {
    const indicator = cat.indicators.get(item.fields.indicatorId);
    if (!indicator || indicator.retired) continue;
    const { collectorId, responsibleId, authoriserId, escalationOwnerId } = indicator;
    const ids = [collectorId, responsibleId, authoriserId, escalationOwnerId];
    if (new Set(ids).size !== 4 || ids.some(isAdmin)) continue;
    const bystander = bystanderOf(cat, indicator);
    const view = await getReturnView(deps, viewer(indicator), item.id);
    if (!bystander || !view || !suits(view)) continue;
    return { indicator, returnId: item.id, version: item.version, view, admin: admin!, bystander };
  }
  throw new Error(`the demo council has no ${state} return that suits the test`);
}

export interface OffTargetCase extends ReturnCase {
  /** The Responsible Officer, who may check it. */
  checker: string;
}

/** A submitted, off-target figure whose Responsible Officer may check it (the view is theirs). */
export async function offTargetCheck(deps: AppDeps): Promise<OffTargetCase> {
  const found = await returnIn(
    deps,
    'submitted',
    (v) => isOffTarget(v.rating.state) && v.allowed.includes('check'),
    (i) => i.responsibleId,
  );
  return { ...found, checker: found.indicator.responsibleId };
}

/** Closes the indicator's open plans as the performance team would, so a check must name one. */
export async function closeOpenPlans(
  deps: AppDeps,
  indicatorId: string,
  outcome = 'Superseded for this test',
): Promise<void> {
  const [admin] = performanceTeam(await loadCatalogue(deps.store));
  for (const plan of await deps.store.query('actionPlans', { indicatorId, status: 'open' })) {
    const change = { version: plan.version, outcome };
    await closeActionPlan(deps, admin!.id, plan.id, change, 'tab');
  }
}

/**
 * The first of a Collection Officer's due returns that `suits` (judged against all of them), with
 * its indicator's open plans closed: an off-target figure entered for it then needs a plan at the
 * check, which the checker must choose or write.
 */
export async function dueWithNoOpenPlan(
  deps: AppDeps,
  collectorId: string,
  suits: (view: ReturnView, toEnter: readonly ReturnView[]) => boolean,
): Promise<ReturnView> {
  const { toEnter } = await myReturns(deps, collectorId);
  const found = toEnter.find((v) => suits(v, toEnter));
  if (!found) throw new Error('none of the Collection Officer’s due returns suits the test');
  await closeOpenPlans(deps, found.indicator.id);
  return found;
}
