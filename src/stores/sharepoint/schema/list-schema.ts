// The list schema: one entry per list the domain keeps, with a typed column per field and an
// index on every field the app filters on (see the store.query calls in src/app, src/server and
// bot/: indicatorId, periodKey, state, status, email, key, personId, returnId, name …).
// Version 2 added the return's forecast and plausibility columns; version 3 the indicator's
// needsOwners flag (import's placeholder officers); version 4 the plan's own fields (codes, current,
// retired, the key action's description, milestones, corporate project, update frequency and
// latest update's details) when councils began to keep their own plans; version 5 the action
// plan's corrective actions, progress, outcome and approval, the return's procedure version and
// restatements, the indicator's procedure version and plausibility ratio, and three new lists
// (procedure versions, spot-check draws, spot checks); version 6 the risk register's three lists
// (risks, risk mitigations, risk reviews) and budget lines; version 7 the indicator's primary
// comparator group and LG Inform metric, and the five lists of benchmarks and place (issue 16).
// Provisioning adds the columns a site lacks, so a site on an older version is upgraded in place
// without losing items.
import type { ListName } from '../../../domain/ports/store.js';
import type { FieldSpec, ListSpec } from './column-spec.js';
import { PLACE_LISTS } from './place-lists.js';
import { RISK_LISTS } from './risk-lists.js';

export const SCHEMA_VERSION = 7;

const text = (field: string, indexed = false): FieldSpec => ({ field, type: 'text', indexed });
const required = (field: string, indexed = false): FieldSpec => ({
  ...text(field, indexed),
  empty: '',
});
const note = (field: string, since?: number): FieldSpec => ({
  field,
  type: 'note',
  empty: '',
  since,
});
const json = (field: string, since?: number): FieldSpec => ({ field, type: 'json', since });
const num = (field: string, since?: number): FieldSpec => ({ field, type: 'number', since });
const flag = (field: string, since?: number): FieldSpec => ({
  field,
  type: 'boolean',
  empty: false,
  since,
});
const date = (field: string, since?: number): FieldSpec => ({ field, type: 'isoDate', since });
/** A column version 4 added to a list that existed before: empty on older items until written. */
const v4 = (spec: FieldSpec): FieldSpec => ({ ...spec, since: 4 });
/** A column version 5 added to a list that existed before. */
const v5 = (spec: FieldSpec): FieldSpec => ({ ...spec, since: 5 });
/** A column version 7 added to a list that existed before. */
const v7 = (spec: FieldSpec): FieldSpec => ({ ...spec, since: 7 });
const instant = (field: string): FieldSpec => ({ field, type: 'instant' });
const choice = (field: string, choices: readonly string[], indexed = false): FieldSpec => ({
  field,
  type: 'choice',
  choices,
  indexed,
});
const ACTION_STATUSES = ['not-started', 'on-track', 'some-risk', 'unlikely', 'complete'] as const;
const ACTION_OUTCOMES = ['exceeding', 'as-expected', 'below'] as const;
const FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'annual'] as const;

export const ENTITY_LISTS: Record<ListName, ListSpec> = {
  people: {
    key: 'people',
    title: 'GT People',
    fields: [
      required('name'),
      required('email', true),
      required('jobTitle'),
      json('roles'),
      text('delegateId'),
      date('onLeaveUntil'),
      text('directorateId', true),
    ],
  },
  directorates: {
    key: 'directorates',
    title: 'GT Directorates',
    fields: [required('name'), text('directorId')],
  },
  services: {
    key: 'services',
    title: 'GT Services',
    fields: [
      required('name'),
      required('directorateId', true),
      required('portfolioId', true),
      text('headId'),
    ],
  },
  portfolios: {
    key: 'portfolios',
    title: 'GT Portfolios',
    fields: [required('name'), required('holder')],
  },
  plans: {
    key: 'plans',
    title: 'GT Corporate plans',
    fields: [
      required('title'),
      required('firstYear'),
      required('lastYear'),
      note('vision'),
      v4(required('code', true)),
      flag('current', 4),
    ],
  },
  priorities: {
    key: 'priorities',
    title: 'GT Priorities',
    fields: [
      required('planId', true),
      required('code'),
      required('title'),
      num('order'),
      note('description', 4),
      flag('retired', 4),
    ],
  },
  objectives: {
    key: 'objectives',
    title: 'GT Objectives',
    fields: [
      required('priorityId', true),
      required('code'),
      required('title'),
      num('order', 4),
      flag('retired', 4),
    ],
  },
  servicePlans: {
    key: 'servicePlans',
    title: 'GT Service plans',
    fields: [
      required('serviceId', true),
      required('year', true),
      required('title'),
      required('ownerId'),
      v4(required('code', true)),
      flag('retired', 4),
      v4(text('copiedFromId')),
    ],
  },
  keyActions: {
    key: 'keyActions',
    title: 'GT Key actions',
    fields: [
      required('servicePlanId', true),
      required('code'),
      required('title'),
      json('objectiveIds'),
      flag('businessAsUsual'),
      required('ownerId', true),
      date('dueDate'),
      choice('status', ACTION_STATUSES),
      choice('outcome', ACTION_OUTCOMES),
      num('percentComplete'),
      note('lastUpdate'),
      instant('lastUpdatedAt'),
      note('description', 4),
      flag('corporateProject', 4),
      date('startDate', 4),
      json('milestones', 4),
      v4(choice('updateFrequency', FREQUENCIES)),
      flag('retired', 4),
      v4(text('copiedFromId')),
      v4({ ...note('evidenceUrl'), empty: null }),
      date('revisedDueDate', 4),
      v4({ ...note('revisedDueReason'), empty: null }),
      note('nextMilestone', 4),
    ],
  },
  indicators: {
    key: 'indicators',
    title: 'GT Indicators',
    fields: [
      required('code', true),
      required('title'),
      note('definition'),
      json('procedure'),
      choice('unit', ['count', 'percentage', 'days', 'currency', 'rate', 'number']),
      num('decimals'),
      choice('polarity', ['higher', 'lower', 'none']),
      choice('frequency', ['monthly', 'quarterly', 'half-yearly', 'annual']),
      choice('ytd', ['sum', 'average', 'latest']),
      choice('scope', ['corporate', 'local']),
      // Null, not '', when empty: an imported indicator may have no service yet.
      text('serviceId', true),
      json('objectiveIds'),
      required('collectorId', true),
      required('responsibleId', true),
      required('authoriserId', true),
      required('escalationOwnerId'),
      json('benchmarks'),
      flag('contextOnly'),
      flag('published'),
      flag('retired'),
      json('reminderPolicy'),
      // Empty reads back as null, not false: indicators written before the column existed (and
      // the demo's) have no such field, and a copy between stores must hash the same.
      { ...flag('needsOwners', 3), empty: null },
      v5(num('procedureVersion')),
      v5(num('plausibilityRatio')),
      v7(text('primaryGroupId')),
      v7(num('lgInformMetricId')),
    ],
  },
  targets: {
    key: 'targets',
    title: 'GT Targets',
    fields: [required('indicatorId', true), required('year', true), num('annual'), json('profile')],
  },
  returns: {
    key: 'returns',
    title: 'GT Returns',
    fields: [
      required('indicatorId', true),
      required('periodKey', true),
      choice('state', ['due', 'submitted', 'checked', 'authorised'], true),
      num('value'),
      note('notAvailableReason'),
      note('commentary'),
      note('evidenceUrl'),
      num('numerator'),
      num('denominator'),
      num('forecast', 2),
      text('enteredBy'),
      instant('enteredAt'),
      text('checkedBy'),
      instant('checkedAt'),
      text('authorisedBy'),
      instant('authorisedAt'),
      note('sentBackReason'),
      text('sentBackBy'),
      text('actionPlanId'),
      flag('plausibilityConfirmed', 2),
      v5(num('procedureVersion')),
      v5(json('restatements')),
    ].map((f) =>
      ['notAvailableReason', 'evidenceUrl', 'sentBackReason'].includes(f.field)
        ? { ...f, empty: null }
        : f,
    ),
  },
  actionPlans: {
    key: 'actionPlans',
    title: 'GT Action plans',
    fields: [
      required('indicatorId', true),
      required('periodKey'),
      note('reasons'),
      note('actions'),
      required('ownerId'),
      date('dueDate'),
      required('expectedRecovery'),
      choice('status', ['open', 'closed'], true),
      instant('closedAt'),
      v5(json('correctiveActions')),
      v5(json('progress')),
      v5(note('outcome')),
      v5({ ...choice('approval', ['not-needed', 'pending', 'approved', 'rejected']) }),
      v5(text('approvedBy')),
      v5(instant('approvedAt')),
      v5({ ...note('approvalNote'), empty: null }),
    ],
  },
  timetable: {
    key: 'timetable',
    title: 'GT Timetable',
    fields: [required('periodKey', true), date('dueDate'), note('note')],
  },
  settings: {
    key: 'settings',
    title: 'GT Settings',
    fields: [required('key', true), json('value')],
  },
  conversations: {
    key: 'conversations',
    title: 'GT Conversations',
    fields: [
      required('personId', true),
      text('tenantId'),
      note('serviceUrl'),
      note('conversationId'),
      json('reference'),
      instant('updatedAt'),
    ],
  },
  cardMessages: {
    key: 'cardMessages',
    title: 'GT Card messages',
    fields: [
      required('returnId', true),
      required('personId', true),
      note('conversationId'),
      note('activityId'),
      required('kind'),
      instant('sentAt'),
    ],
  },
  reminderLedger: {
    key: 'reminderLedger',
    title: 'GT Reminder ledger',
    fields: [
      required('key', true),
      required('returnId', true),
      required('stage'),
      date('day'),
      required('recipientId', true),
      choice('status', ['pending', 'sent', 'failed', 'permanent-failure', 'skipped'], true),
      num('attempts'),
      instant('sentAt'),
      note('error'),
      note('reason'),
    ].map((f) => (f.field === 'error' ? { ...f, empty: null } : f)),
  },
  leases: {
    key: 'leases',
    title: 'GT Leases',
    fields: [required('name', true), required('holder'), instant('expiresAt')],
  },
  snoozes: {
    key: 'snoozes',
    title: 'GT Snoozes',
    fields: [required('personId', true), instant('until')],
  },
  meetingStages: {
    key: 'meetingStages',
    title: 'GT Meeting stages',
    // A new list, not new columns: provisioning creates a list the site lacks, so no version step.
    // Teams meeting ids are base64 of about 100 characters, inside a text column's 255.
    fields: [
      required('meetingId', true),
      text('presenterId'),
      text('presenterName'),
      required('route'),
      num('seq'),
      instant('updatedAt'),
    ],
  },
  keyActionUpdates: {
    key: 'keyActionUpdates',
    title: 'GT Key action updates',
    // A new list in version 4: provisioning creates it whole.
    fields: [
      required('keyActionId', true),
      required('periodKey', true),
      choice('state', ['due', 'submitted', 'checked'], true),
      choice('status', ACTION_STATUSES),
      choice('outcome', ACTION_OUTCOMES),
      num('percentComplete'),
      note('commentary'),
      { ...note('evidenceUrl'), empty: null },
      date('revisedDueDate'),
      { ...note('revisedDueReason'), empty: null },
      note('nextMilestone'),
      text('enteredBy'),
      instant('enteredAt'),
      text('checkedBy'),
      instant('checkedAt'),
      { ...note('sentBackReason'), empty: null },
      text('sentBackBy'),
    ],
  },
  procedureVersions: {
    key: 'procedureVersions',
    title: 'GT Procedure versions',
    // Lists new in version 5 (this and the two below): provisioning creates each whole.
    fields: [
      required('indicatorId', true),
      num('version'),
      json('procedure'),
      instant('editedAt'),
      required('editedBy'),
      note('note'),
    ],
  },
  spotCheckDraws: {
    key: 'spotCheckDraws',
    title: 'GT Spot-check draws',
    fields: [
      required('periodKey', true),
      required('seed'),
      num('count'),
      json('indicatorIds'),
      required('drawnBy'),
      instant('drawnAt'),
      { ...note('redrawReason'), empty: null },
      flag('superseded'),
    ],
  },
  spotChecks: {
    key: 'spotChecks',
    title: 'GT Spot checks',
    fields: [
      required('drawId', true),
      required('periodKey', true),
      required('indicatorId'),
      text('returnId'),
      required('checkerId', true),
      choice('state', ['assigned', 'done'], true),
      json('riskReasons'),
      choice('finding', ['confirmed', 'minor-issue', 'figure-wrong', 'procedure-wrong']),
      note('notes'),
      note('correctiveAction'),
      instant('doneAt'),
    ],
  },
  ...RISK_LISTS,
  // Budget lines (issue 17): a list new in version 6, so provisioning creates it whole on any
  // site. Amounts are whole pence in number columns (doubles hold integers exactly below 2^53).
  budgetLines: {
    key: 'budgetLines',
    title: 'GT Budget lines',
    fields: [
      required('serviceId', true),
      required('year', true),
      required('periodKey', true),
      num('originalBudgetPence'),
      num('currentBudgetPence'),
      num('actualToDatePence'),
      num('forecastOutturnPence'),
      note('commentary'),
    ],
  },
  ...PLACE_LISTS,
};

/** The audit trail: one item per write, filtered by list, item and actor. */
export const AUDIT_LIST: ListSpec = {
  key: 'audit',
  title: 'GT Audit log',
  fields: [
    text('list', true),
    text('itemId', true),
    text('actorId', true),
    instant('at'),
    choice('channel', ['tab', 'bot', 'card', 'import', 'system', 'api']),
    choice('action', ['create', 'update', 'delete']),
    text('event'),
    json('before'),
    json('after'),
    note('note'),
  ].map((f) => (f.field === 'note' ? { ...f, empty: null } : f)),
  readOnDemand: ['before', 'after'],
};
