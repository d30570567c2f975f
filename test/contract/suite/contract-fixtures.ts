// Field values for the contract suite: whole, well-typed items so any store (including one that
// maps fields onto SharePoint columns) can hold them.
import { newReturn } from '../../../src/domain/workflow/index.js';
import type { Indicator, IndicatorReturn } from '../../../src/domain/model/types.js';
import type { Store, WriteContext } from '../../../src/domain/ports/store.js';

export type ReturnFields = Omit<IndicatorReturn, 'id'>;
export type IndicatorFields = Omit<Indicator, 'id'>;

export const OFFICER: WriteContext = {
  actorId: 'officer-1',
  channel: 'tab',
  event: 'return.entered',
  note: 'entered from the tab',
};

export const CHECKER: WriteContext = {
  actorId: 'checker-1',
  channel: 'bot',
  event: 'return.checked',
};

export const IMPORTER: WriteContext = { actorId: 'system', channel: 'import' };

export function returnFields(overrides: Partial<ReturnFields> = {}): ReturnFields {
  return { ...newReturn('ind-1', '2025-04'), ...overrides };
}

/** A whole indicator, every column given, as import creates one before its service is known. */
export function importedIndicatorFields(overrides: Partial<IndicatorFields> = {}): IndicatorFields {
  return {
    code: 'TA01',
    title: 'Tenancy audits completed',
    definition: '',
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    unit: 'count',
    decimals: 0,
    polarity: 'higher',
    frequency: 'quarterly',
    ytd: 'sum',
    scope: 'local',
    serviceId: null,
    objectiveIds: [],
    collectorId: 'importer-1',
    responsibleId: 'importer-1',
    authoriserId: 'importer-1',
    escalationOwnerId: 'importer-1',
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: false,
    reminderPolicy: null,
    needsOwners: true,
    procedureVersion: 1,
    plausibilityRatio: null,
    primaryGroupId: null,
    lgInformMetricId: null,
    ...overrides,
  };
}

/** Creates one return per override, in order, and returns their ids. */
export async function createReturns(
  store: Store,
  overrides: Partial<ReturnFields>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const o of overrides) ids.push((await store.create('returns', returnFields(o), OFFICER)).id);
  return ids;
}

/** Holds the store for the current test; set by the suite's beforeEach. */
export interface StoreHolder {
  store: Store;
  /** A second store over the same data (another process on the file, another server instance). */
  twin: () => Store;
}
