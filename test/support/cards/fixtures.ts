// Sample views for the card tests: the demo's garden waste return in each state, with commentary
// and names that try markdown and HTML, to show they are escaped.
import type { ActionPlanView } from '../../../src/app/action-plans/action-plan-view.js';
import type { ReturnView } from '../../../src/app/returns/return-view.js';
import type { ReturnEventType } from '../../../src/domain/workflow/index.js';
import type { ReturnCardModel } from '../../../bot/cards/model.js';

const person = (id: string, name: string) => ({ id, name });
export const COLLECTOR = person('p-15', 'Keeley Brannigan');
export const CHECKER = person('p-8', 'Callum Fairweather');
export const AUTHORISER = person('p-5', 'Morwenna Kettering');

const rating = (state: ReturnView['rating']['state'], label: string) => ({
  state,
  label,
  relativeDifference: null,
});

const PROCEDURE = {
  calculation: 'Count of active subscriptions on the last day of the quarter.',
  source: 'Whitespace subscriptions module',
  evidenceLocation: 'Evidence library › WR04',
  verification: 'Compared with the source report.',
  url: 'https://council.example/procedures/wr04',
};

export function sampleView(
  state: ReturnView['state'],
  allowed: ReturnEventType[],
  overrides: Partial<ReturnView> = {},
): ReturnView {
  const entered = state !== 'due';
  return {
    id: 'r-1',
    version: '7',
    state,
    periodKey: '2025/26 Q2',
    periodLabel: 'Q2 2025/26',
    dueDate: '2025-10-17',
    overdue: state === 'due',
    indicator: {
      id: 'i-4',
      code: 'WR04',
      title: 'Garden waste service subscriptions',
      definition:
        'Households subscribed to the chargeable garden waste collection at the end of the period.',
      unit: 'count',
      decimals: 0,
      polarity: 'higher',
      frequency: 'quarterly',
      procedure: PROCEDURE,
    },
    value: entered ? 20372 : null,
    valueText: entered ? '20,372' : '–',
    target: 18500,
    targetText: '18,500',
    rating: entered ? rating('strong', 'Strong') : rating('missing', 'Missing'),
    notAvailableReason: null,
    commentary: entered
      ? 'Up after the *spring* campaign <b>see</b> [link](javascript:alert(1))'
      : '',
    evidenceUrl: entered ? 'https://council.example/evidence/wr04-q2.xlsx' : null,
    numerator: null,
    denominator: null,
    forecast: entered ? 20500 : null,
    enteredBy: entered ? COLLECTOR : null,
    enteredAt: entered ? '2025-11-20T10:00:00.000Z' : null,
    checkedBy: state === 'checked' || state === 'authorised' ? CHECKER : null,
    checkedAt: state === 'checked' || state === 'authorised' ? '2025-11-20T11:30:00.000Z' : null,
    authorisedBy: state === 'authorised' ? AUTHORISER : null,
    authorisedAt: state === 'authorised' ? '2025-11-21T09:15:00.000Z' : null,
    sentBackReason: null,
    sentBackBy: null,
    actionPlanId: null,
    actionPlan: null,
    openPlans: [],
    plausibilityConfirmed: false,
    procedure: {
      version: 1,
      procedure: PROCEDURE,
      changedAt: null,
      current: true,
      label: 'version 1',
    },
    collector: COLLECTOR,
    responsible: CHECKER,
    authoriser: AUTHORISER,
    history: [
      ['Q2 2024/25', '19,646', '18,000'],
      ['Q3 2024/25', '19,466', '18,000'],
      ['Q4 2024/25', '20,071', '18,000'],
      ['Q1 2025/26', '20,272', '18,500'],
    ].map(([periodLabel, valueText, targetText], i) => ({
      periodKey: `k${i}`,
      periodLabel: periodLabel!,
      value: Number(valueText!.replace(',', '')),
      valueText: valueText!,
      target: Number(targetText!.replace(',', '')),
      targetText: targetText!,
      rating: rating('strong', 'Strong'),
      state: 'authorised' as const,
    })),
    benchmark: null,
    allowed,
    waitingFor: { people: [], fallback: false, reason: '' },
    restatements: [],
    mayReopen: false,
    ...overrides,
  };
}

/** Q1's standing against a group whose name tries markdown, to show it is escaped. */
export function sampleBenchmark(): NonNullable<ReturnView['benchmark']> {
  return {
    periodKey: '2025/26 Q1',
    periodLabel: 'Q1 2025/26',
    group: { id: 'g-1', name: 'CIPFA *nearest* neighbours', kind: 'nearest-neighbours' },
    council: 20272,
    councilText: '20,272',
    quartile: 2,
    position: 5,
    of: 17,
    members: 16,
    words: '2nd quartile of 16 CIPFA *nearest* neighbours',
    placeWords: '5th of 17, counting the council',
    average: {
      value: 19100,
      text: '19,100',
      label: 'CIPFA *nearest* neighbours average',
      basis: 'published',
    },
    source: 'LG Inform, metric 9999',
  };
}

/** An open plan of the garden waste indicator, with a step done and one overdue (`overdue`). */
export function samplePlan(
  id: string,
  overrides: Partial<ActionPlanView> = {},
  overdue = false,
): ActionPlanView {
  const since = overdue ? 'overdue since 30/09/2025' : null;
  const actions = 'Door-to-door canvassing [here](javascript:alert(1))';
  return {
    id,
    indicatorId: 'i-4',
    periodKey: '2025/26 Q1',
    reasons: 'Fewer sign-ups after the *price* rise <b>',
    actions,
    ownerId: CHECKER.id,
    dueDate: overdue ? '2025-09-30' : '2025-12-31',
    expectedRecovery: '2025/26 Q4',
    status: 'open',
    closedAt: null,
    correctiveActions: [
      { title: 'Print the leaflets', dueDate: '2025-08-01', done: true },
      { title: 'Canvass the estates', dueDate: overdue ? '2025-09-30' : '2025-12-31', done: false },
    ],
    progress: [{ at: '2025-10-02T09:00:00.000Z', byId: CHECKER.id, text: 'Leaflets out' }],
    outcome: '',
    approval: 'approved',
    approvedBy: AUTHORISER.id,
    approvedAt: '2025-07-10T09:00:00.000Z',
    approvalNote: null,
    version: '3',
    indicatorCode: 'WR04',
    ownerName: CHECKER.name,
    dueOn: overdue ? '30/09/2025' : '31/12/2025',
    overdue,
    overdueLabel: since,
    label: `2025/26 Q1: ${actions} (due ${overdue ? '30/09/2025' : '31/12/2025'}${since ? `, ${since}` : ''})`,
    approvalLabel: 'Approved',
    approvedByName: AUTHORISER.name,
    approvedOn: '10/07/2025',
    approver: 'the Authorising Officer',
    correctiveActionViews: [
      { title: 'Print the leaflets', dueOn: '01/08/2025', done: true, overdue: false },
      {
        title: 'Canvass the estates',
        dueOn: overdue ? '30/09/2025' : '31/12/2025',
        done: false,
        overdue,
      },
    ],
    progressViews: [{ on: '02/10/2025', byName: CHECKER.name, text: 'Leaflets *out* <i>' }],
    mayUpdate: true,
    mayApprove: false,
    ...overrides,
  };
}

/**
 * The card model for a view. `openPlans` given as bare choices (id and label) become sample plans
 * on the view, which is where the cards read them from.
 */
export function sampleModel(
  view: ReturnView,
  extras: Partial<ReturnCardModel> & { openPlans?: Array<{ id: string; label: string }> } = {},
): ReturnCardModel {
  const { openPlans, ...rest } = extras;
  const withPlans = openPlans
    ? { ...view, openPlans: openPlans.map((p) => samplePlan(p.id, { label: p.label })) }
    : view;
  return { view: withPlans, refreshUserIds: ['29:p-15', '29:p-8', '29:p-5'], ...rest };
}
