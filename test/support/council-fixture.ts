// A small hand-built council for the golden-thread tests: 2 priorities, 3 objectives,
// 5 indicators, 2 services in 2 directorates. Names are invented.
import type {
  Indicator,
  KeyAction,
  RatingLevel,
  RatingState,
} from '../../src/domain/model/types.js';
import {
  keyActionWithDefaults,
  objectiveWithDefaults,
  planWithDefaults,
  priorityWithDefaults,
  servicePlanWithDefaults,
} from '../../src/domain/model/plan-defaults.js';
import type { ThreadInput } from '../../src/domain/golden-thread/types.js';

function indicator(id: string, code: string, serviceId: string, objectiveIds: string[]): Indicator {
  return {
    id,
    code,
    title: `Indicator ${code}`,
    definition: '',
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    unit: 'count',
    decimals: 0,
    polarity: 'higher',
    frequency: 'quarterly',
    ytd: 'sum',
    scope: 'corporate',
    serviceId,
    objectiveIds,
    collectorId: 'c',
    responsibleId: 'r',
    authoriserId: 'a',
    escalationOwnerId: 'e',
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: false,
    reminderPolicy: null,
  };
}

function keyAction(
  id: string,
  code: string,
  servicePlanId: string,
  objectiveIds: string[],
): KeyAction {
  return keyActionWithDefaults({
    id,
    servicePlanId,
    code,
    title: `Action ${code}`,
    objectiveIds,
    businessAsUsual: objectiveIds.length === 0,
    ownerId: 'o',
    dueDate: '2026-03-31',
    status: 'on-track',
    outcome: 'as-expected',
    percentComplete: 50,
    lastUpdate: '',
    lastUpdatedAt: null,
  });
}

export function council(): ThreadInput {
  return {
    plan: planWithDefaults({
      id: 'plan-1',
      title: 'Council Plan 2024–2028',
      firstYear: '2024/25',
      lastYear: '2027/28',
      vision: '',
    }),
    priorities: [
      // Listed out of order, and with another plan's priority, to check ordering and scoping.
      { id: 'p2', planId: 'plan-1', code: 'P2', title: 'Green and clean', order: 2 },
      { id: 'p-old', planId: 'plan-0', code: 'P9', title: 'Old plan priority', order: 1 },
      { id: 'p1', planId: 'plan-1', code: 'P1', title: 'Thriving communities', order: 1 },
    ].map(priorityWithDefaults),
    objectives: [
      { id: 'o21', priorityId: 'p2', code: 'O2.1', title: 'Increase recycling' },
      { id: 'o12', priorityId: 'p1', code: 'O1.2', title: 'Support independent living' },
      { id: 'o11', priorityId: 'p1', code: 'O1.1', title: 'Reduce homelessness' },
      { id: 'o-old', priorityId: 'p-old', code: 'O9.1', title: 'Old plan objective' },
    ].map(objectiveWithDefaults),
    servicePlans: [
      {
        id: 'sp-hous',
        serviceId: 's-hous',
        year: '2025/26',
        title: 'Housing Options plan',
        ownerId: 'h',
      },
      { id: 'sp-waste', serviceId: 's-waste', year: '2025/26', title: 'Waste plan', ownerId: 'w' },
    ].map(servicePlanWithDefaults),
    keyActions: [
      keyAction('ka1', 'KA1', 'sp-hous', ['o11']),
      keyAction('ka2', 'KA2', 'sp-waste', ['o21']),
      keyAction('ka3', 'KA3', 'sp-waste', []),
      // Last year's service plan is not in the input, so this action is out of view.
      keyAction('ka-old', 'KA0', 'sp-waste-2425', ['o21']),
      // No rating passed in for this one, so it is out of view.
      keyAction('ka4', 'KA4', 'sp-hous', ['o11']),
    ],
    indicators: [
      indicator('wr10', 'WR10', 's-waste', ['o21', 'o11']),
      indicator('ho2', 'HO2', 's-hous', ['o11', 'o12']),
      indicator('wr2', 'WR2', 's-waste', []),
      indicator('asc3', 'ASC3', 's-hous', ['o12']),
      indicator('ho1', 'HO1', 's-hous', ['o11']),
    ],
    services: [
      {
        id: 's-waste',
        name: 'Waste and Recycling',
        directorateId: 'd-place',
        portfolioId: 'pf-env',
        headId: null,
      },
      {
        id: 's-hous',
        name: 'Housing Options',
        directorateId: 'd-people',
        portfolioId: 'pf-comm',
        headId: null,
      },
    ],
    directorates: [
      { id: 'd-place', name: 'Place', directorId: null },
      { id: 'd-people', name: 'People', directorId: null },
    ],
    portfolios: [
      { id: 'pf-fin', name: 'Finance', holder: 'Cabinet Member for Finance' },
      { id: 'pf-env', name: 'Environment', holder: 'Cabinet Member for Environment' },
      { id: 'pf-comm', name: 'Communities', holder: 'Cabinet Member for Communities' },
    ],
  };
}

export const STATUSES: ReadonlyMap<string, RatingState> = new Map<string, RatingState>([
  ['ho1', 'good'],
  ['ho2', 'action'],
  ['asc3', 'review'],
  ['wr10', 'strong'],
  ['wr2', 'missing'],
]);

export const ACTION_RATINGS: ReadonlyMap<string, RatingLevel> = new Map<string, RatingLevel>([
  ['ka1', 'good'],
  ['ka2', 'review'],
  ['ka3', 'strong'],
  ['ka-old', 'action'],
]);
