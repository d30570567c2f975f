// Whole plan items for the contract suite, every field given with a value that tests its column:
// text with punctuation, JSON arrays (objective ids, milestones), nullable dates both set and
// empty, booleans both ways, numbers that are not whole.
import type { ListShapes } from '../../../src/domain/ports/store.js';

type PlanList =
  'plans' | 'priorities' | 'objectives' | 'servicePlans' | 'keyActions' | 'keyActionUpdates';

export const PLAN_ITEMS: { [L in PlanList]: ListShapes[L] } = {
  plans: {
    code: 'CBP',
    title: 'Corporate Business Plan',
    firstYear: '2017/18',
    lastYear: '2019/20',
    vision: 'A borough where people “thrive”,\nwith our partners',
    current: true,
  },
  priorities: {
    planId: 'plan-1',
    code: 'CBP-P1',
    title: 'Provide important local services within our available resources',
    order: 1,
    description: 'Services & resources — balanced',
    retired: false,
  },
  objectives: {
    priorityId: 'priority-1',
    code: 'CBP-O3',
    title: 'Generate income and draw in grant funding',
    order: 3,
    retired: true,
  },
  servicePlans: {
    code: 'ENV-2017/18',
    serviceId: 'service-1',
    year: '2017/18',
    title: 'Environmental Services plan 2017/18',
    ownerId: 'person-1',
    retired: false,
    copiedFromId: 'service-plan-0',
  },
  keyActions: {
    servicePlanId: 'service-plan-1',
    code: 'ENV-KA1',
    title: 'Roll out a garden waste subscription scheme',
    description: 'Sign up households; collect fortnightly',
    objectiveIds: ['objective-7', 'objective-3'],
    businessAsUsual: false,
    corporateProject: true,
    ownerId: 'person-2',
    startDate: '2017-04-01',
    dueDate: '2018-03-31',
    milestones: [
      { title: 'Scheme agreed by Cabinet', dueDate: '2017-06-30', done: true },
      { title: 'First collections', dueDate: '2017-10-02', done: false },
    ],
    updateFrequency: 'half-yearly',
    retired: false,
    copiedFromId: null,
    status: 'some-risk',
    outcome: 'below',
    percentComplete: 62.5,
    lastUpdate: 'Sign-ups behind plan',
    lastUpdatedAt: '2017-10-05T09:30:00.000Z',
    evidenceUrl: 'https://example.org/evidence/ka1',
    revisedDueDate: '2018-05-31',
    revisedDueReason: 'Vehicle delivery late',
    nextMilestone: 'First collections',
  },
  keyActionUpdates: {
    keyActionId: 'key-action-1',
    periodKey: '2017/18 Q2',
    state: 'checked',
    status: 'on-track',
    outcome: 'exceeding',
    percentComplete: 40,
    commentary: 'Ahead of plan, “good” uptake',
    evidenceUrl: null,
    revisedDueDate: null,
    revisedDueReason: null,
    nextMilestone: 'Scheme launch',
    enteredBy: 'person-2',
    enteredAt: '2017-10-05T09:30:00.000Z',
    checkedBy: 'person-1',
    checkedAt: '2017-10-06T14:00:00.000Z',
    sentBackReason: null,
    sentBackBy: null,
  },
};

/** A patch per list that changes every kind of column: text, JSON, nullable date, boolean. */
export const PLAN_PATCHES: { [L in PlanList]: Partial<ListShapes[L]> } = {
  plans: { title: 'Corporate Business Plan (refreshed)', current: false, lastYear: '2020/21' },
  priorities: { order: 2, retired: true, description: '' },
  objectives: { title: 'Generate income', retired: false, order: 1 },
  servicePlans: { retired: true, copiedFromId: null, ownerId: 'person-3' },
  keyActions: {
    objectiveIds: [],
    businessAsUsual: true,
    corporateProject: false,
    startDate: null,
    revisedDueDate: null,
    revisedDueReason: null,
    evidenceUrl: null,
    milestones: [{ title: 'Scheme agreed by Cabinet', dueDate: '2017-06-30', done: true }],
    status: 'complete',
    outcome: 'as-expected',
    percentComplete: 100,
  },
  keyActionUpdates: {
    state: 'due',
    status: null,
    outcome: null,
    percentComplete: null,
    enteredBy: null,
    enteredAt: null,
    checkedBy: null,
    checkedAt: null,
    revisedDueDate: '2018-06-30',
    revisedDueReason: 'Waiting for vehicles',
    evidenceUrl: 'https://example.org/evidence/q2',
    sentBackReason: 'Please add the sign-up figures',
    sentBackBy: 'person-1',
  },
};

export const PLAN_LISTS = Object.keys(PLAN_ITEMS) as PlanList[];
