// Test-only builders for the reminder policy's tests: a full Indicator and Person with the fields
// the policy reads named, and fast-check arbitraries for dates and policies. Not exported by index.
import fc from 'fast-check';
import type { Indicator, IsoDate, Person, ReminderPolicy } from '../../src/domain/model/types.js';
import { addDays } from '../../src/domain/periods/index.js';

/** The policy the worked examples use: first 5 working days before, every 2 overdue, K = 5. */
export const POLICY: ReminderPolicy = {
  firstReminderWorkingDaysBefore: 5,
  repeatEveryWorkingDaysOverdue: 2,
  escalateAfterWorkingDaysOverdue: 5,
};

export const IDS = {
  collector: 'p-collector',
  responsible: 'p-responsible',
  owner: 'p-owner',
  authoriser: 'p-authoriser',
  delegate: 'p-delegate',
} as const;

export function person(id: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: `Officer ${id.replace('p-', '')}`,
    email: `${id}@council.example`,
    jobTitle: 'Officer',
    roles: ['officer'],
    delegateId: null,
    onLeaveUntil: null,
    directorateId: null,
    ...extra,
  };
}

export function peopleOf(...list: Person[]): Map<string, Person> {
  return new Map(list.map((p) => [p.id, p]));
}

/** Everyone in IDS, nobody on leave. */
export function everyone(): Map<string, Person> {
  return peopleOf(...Object.values(IDS).map((id) => person(id)));
}

export function indicator(extra: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind-1',
    code: 'HS01',
    title: 'Homelessness cases prevented',
    definition: 'Cases where homelessness was prevented',
    procedure: {
      calculation: 'count',
      source: 'case system',
      evidenceLocation: 'shared drive',
      verification: 'sample check',
      url: null,
    },
    unit: 'count',
    decimals: 0,
    polarity: 'higher',
    frequency: 'quarterly',
    ytd: 'sum',
    scope: 'corporate',
    serviceId: 'svc-1',
    objectiveIds: [],
    collectorId: IDS.collector,
    responsibleId: IDS.responsible,
    authoriserId: IDS.authoriser,
    escalationOwnerId: IDS.owner,
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: false,
    reminderPolicy: null,
    ...extra,
  };
}

/** Any day from 01/01/2024 to about 31/12/2027 (bank holidays of four years included). */
export const anyDay: fc.Arbitrary<IsoDate> = fc
  .integer({ min: 0, max: 4 * 365 })
  .map((n) => addDays('2024-01-01', n));

export const anyPolicy: fc.Arbitrary<ReminderPolicy> = fc.record({
  firstReminderWorkingDaysBefore: fc.integer({ min: 0, max: 15 }),
  repeatEveryWorkingDaysOverdue: fc.integer({ min: 1, max: 10 }),
  escalateAfterWorkingDaysOverdue: fc.integer({ min: 1, max: 15 }),
});
