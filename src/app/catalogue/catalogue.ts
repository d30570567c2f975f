// A snapshot of the slowly-changing lists (people, organisation, plan, indicators, targets, timetable)
// read in one go, so a use case looks things up in maps instead of asking the store item by item.
import type {
  CorporatePlan,
  Directorate,
  Indicator,
  KeyAction,
  Objective,
  Person,
  Portfolio,
  Priority,
  ProcedureVersion,
  Service,
  ServicePlan,
  Target,
  TimetableEntry,
} from '../../domain/model/types.js';
import type { ListName, ListShapes, Store, StoredItem } from '../../domain/ports/store.js';
import {
  keyActionWithDefaults,
  objectiveWithDefaults,
  planWithDefaults,
  priorityWithDefaults,
  servicePlanWithDefaults,
} from '../../domain/model/plan-defaults.js';

export interface Catalogue {
  people: Map<string, Person>;
  directorates: Map<string, Directorate>;
  services: Map<string, Service>;
  portfolios: Map<string, Portfolio>;
  plans: CorporatePlan[];
  priorities: Priority[];
  objectives: Objective[];
  servicePlans: ServicePlan[];
  keyActions: KeyAction[];
  indicators: Map<string, Indicator>;
  indicatorsByCode: Map<string, Indicator>;
  /** Targets by `${indicatorId}|${year}`. */
  targets: Map<string, Target>;
  timetable: TimetableEntry[];
  /** Kept versions of written procedures by indicator id, oldest first (procedure-versions). */
  procedureVersions: Map<string, ProcedureVersion[]>;
}

function withId<L extends ListName>(
  item: StoredItem<ListShapes[L]>,
): ListShapes[L] & { id: string } {
  return { ...item.fields, id: item.id };
}

async function all<L extends ListName, T>(store: Store, list: L): Promise<T[]> {
  const items = await store.query(list);
  return items.map((i) => withId(i) as unknown as T);
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** The lists the catalogue is read from: its change token says when to read it again. */
const CATALOGUE_LISTS: readonly ListName[] = [
  'people',
  'directorates',
  'services',
  'portfolios',
  'plans',
  'priorities',
  'objectives',
  'servicePlans',
  'keyActions',
  'indicators',
  'targets',
  'timetable',
  'procedureVersions',
];

const kept = new WeakMap<Store, { token: string; catalogue: Promise<Catalogue> }>();

/**
 * The catalogue, read again only when one of its lists has changed (issue 21): every return
 * decision looks people, indicators and targets up in it, and reading 13 lists per request was
 * most of a decision's cost at 300 indicators. Shared between callers, so it is read-only to them.
 * The token is taken before reading, so a change that lands meanwhile moves it for the next call.
 */
export async function loadCatalogue(store: Store): Promise<Catalogue> {
  const token = await store.changeToken(CATALOGUE_LISTS);
  const hit = kept.get(store);
  if (hit?.token === token) return hit.catalogue;
  const entry = { token, catalogue: readCatalogue(store) };
  kept.set(store, entry);
  entry.catalogue.catch(() => {
    if (kept.get(store) === entry) kept.delete(store);
  });
  return entry.catalogue;
}

async function readCatalogue(store: Store): Promise<Catalogue> {
  const [people, directorates, services, portfolios, plans, priorities, objectives] =
    await Promise.all([
      all<'people', Person>(store, 'people'),
      all<'directorates', Directorate>(store, 'directorates'),
      all<'services', Service>(store, 'services'),
      all<'portfolios', Portfolio>(store, 'portfolios'),
      all<'plans', CorporatePlan>(store, 'plans'),
      all<'priorities', Priority>(store, 'priorities'),
      all<'objectives', Objective>(store, 'objectives'),
    ]);
  const [servicePlans, keyActions, indicators, targets, timetable, versions] = await Promise.all([
    all<'servicePlans', ServicePlan>(store, 'servicePlans'),
    all<'keyActions', KeyAction>(store, 'keyActions'),
    all<'indicators', Indicator>(store, 'indicators'),
    all<'targets', Target>(store, 'targets'),
    all<'timetable', TimetableEntry>(store, 'timetable'),
    all<'procedureVersions', ProcedureVersion>(store, 'procedureVersions'),
  ]);
  return {
    people: byId(people),
    directorates: byId(directorates),
    services: byId(services),
    portfolios: byId(portfolios),
    plans: plans.map(planWithDefaults),
    priorities: priorities.map(priorityWithDefaults).sort((a, b) => a.order - b.order),
    objectives: objectives.map(objectiveWithDefaults),
    servicePlans: servicePlans.map(servicePlanWithDefaults),
    keyActions: keyActions.map(keyActionWithDefaults),
    indicators: byId(indicators),
    indicatorsByCode: new Map(indicators.map((i) => [i.code.toUpperCase(), i])),
    targets: new Map(targets.map((t) => [`${t.indicatorId}|${t.year}`, t])),
    timetable,
    procedureVersions: groupVersions(versions),
  };
}

function groupVersions(versions: ProcedureVersion[]): Map<string, ProcedureVersion[]> {
  const out = new Map<string, ProcedureVersion[]>();
  for (const v of [...versions].sort((a, b) => a.version - b.version)) {
    out.set(v.indicatorId, [...(out.get(v.indicatorId) ?? []), v]);
  }
  return out;
}

/** The profiled target of an indicator for one period, or null when none is set. */
export function targetFor(
  cat: Catalogue,
  indicatorId: string,
  year: string,
  periodKey: string,
): number | null {
  const target = cat.targets.get(`${indicatorId}|${year}`);
  if (!target) return null;
  const profiled = target.profile[periodKey];
  if (profiled !== undefined) return profiled;
  return year === periodKey ? target.annual : null;
}

/**
 * The corporate plan to show: the one whose years cover `year` when a year is given (an earlier
 * period is read against the plan of its day), else the current one; null when there is none.
 */
export function planFor(cat: Catalogue, year?: string): CorporatePlan | null {
  const covering = year
    ? cat.plans.find((p) => p.firstYear <= year && year <= p.lastYear)
    : undefined;
  return covering ?? cat.plans.find((p) => p.current) ?? cat.plans[0] ?? null;
}
