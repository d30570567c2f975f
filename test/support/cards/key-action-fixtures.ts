// Sample key-action update views for the card tests: the demo's depot project in each state, with
// commentary and names that try markdown and HTML, to show they are escaped.
import type {
  KeyActionUpdateView,
  UpdateAction,
} from '../../../src/app/key-action-updates/index.js';
import { CHECKER, COLLECTOR } from './fixtures.js';

export function sampleUpdateView(
  state: KeyActionUpdateView['state'],
  allowed: UpdateAction[],
  overrides: Partial<KeyActionUpdateView> = {},
): KeyActionUpdateView {
  const given = state !== 'due';
  return {
    id: 'u-1',
    version: '3',
    state,
    periodKey: '2025/26 Q2',
    periodLabel: 'Q2 2025/26',
    dueDate: '2025-10-17',
    overdue: state === 'due',
    needsCheck: true,
    action: {
      id: 'ka-1',
      version: '5',
      code: 'WR-KA1',
      title: 'Build the new *waste* depot <b>now</b>',
      servicePlanCode: 'WR-2025/26',
      owner: COLLECTOR,
      dueDate: '2026-03-31',
      startDate: '2025-04-01',
      status: 'on-track',
      statusLabel: 'On track',
      outcome: 'as-expected',
      percentComplete: 40,
      lastUpdate: 'Site cleared [link](javascript:alert(1))',
      lastUpdatedAt: '2025-07-18T10:00:00.000Z',
      revisedDueDate: null,
      revisedDueReason: null,
      nextMilestone: 'Planning permission',
      evidenceUrl: null,
      rating: { state: 'good', label: 'Good' },
    },
    status: given ? 'some-risk' : null,
    outcome: given ? 'as-expected' : null,
    percentComplete: given ? 60 : null,
    commentary: given ? 'Contractor *delayed* <script>' : '',
    evidenceUrl: given ? 'https://council.example/evidence/depot.pdf' : null,
    revisedDueDate: given ? '2026-06-30' : null,
    revisedDueReason: given ? 'Contractor delayed' : null,
    nextMilestone: given ? 'Contract signed' : '',
    enteredBy: given ? COLLECTOR : null,
    enteredAt: given ? '2025-10-14T09:30:00.000Z' : null,
    checkedBy: state === 'checked' ? CHECKER : null,
    checkedAt: state === 'checked' ? '2025-10-15T11:00:00.000Z' : null,
    sentBackReason: null,
    sentBackBy: null,
    checker: CHECKER,
    allowed,
    ...overrides,
  };
}
