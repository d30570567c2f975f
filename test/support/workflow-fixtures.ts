// Shared test fixtures for the workflow tests: a blank return and actors with given roles.
import type { IndicatorReturn, ReturnState } from '../../src/domain/model/types.js';
import type { Actor, ReturnEvent, TransitionContext } from '../../src/domain/workflow/types.js';

export const NOW = '2025-07-14T09:30:00.000Z';

export function aReturn(
  state: ReturnState,
  overrides: Partial<IndicatorReturn> = {},
): IndicatorReturn {
  return {
    id: 'ret-1',
    indicatorId: 'ind-1',
    periodKey: '2025/26 Q1',
    state,
    value: null,
    notAvailableReason: null,
    commentary: '',
    evidenceUrl: null,
    numerator: null,
    denominator: null,
    forecast: null,
    enteredBy: state === 'due' ? null : 'collector-1',
    enteredAt: state === 'due' ? null : '2025-07-10T10:00:00.000Z',
    checkedBy: state === 'checked' || state === 'authorised' ? 'responsible-1' : null,
    checkedAt: state === 'checked' || state === 'authorised' ? '2025-07-11T10:00:00.000Z' : null,
    authorisedBy: state === 'authorised' ? 'authoriser-1' : null,
    authorisedAt: state === 'authorised' ? '2025-07-12T10:00:00.000Z' : null,
    sentBackReason: null,
    sentBackBy: null,
    actionPlanId: null,
    plausibilityConfirmed: false,
    ...overrides,
  };
}

export function actor(id: string, roles: Partial<Omit<Actor, 'id'>> = {}): Actor {
  return {
    id,
    isCollector: false,
    isResponsible: false,
    isAuthoriser: false,
    isAdmin: false,
    ...roles,
  };
}

export const collector = actor('collector-1', { isCollector: true });
export const responsible = actor('responsible-1', { isResponsible: true });
export const authoriser = actor('authoriser-1', { isAuthoriser: true });
export const admin = actor('admin-1', { isAdmin: true });
/** Holds every role but has done nothing to the return yet. */
export const everyone = actor('everyone-1', {
  isCollector: true,
  isResponsible: true,
  isAuthoriser: true,
  isAdmin: true,
});

export const ctx = (overrides: Partial<TransitionContext> = {}): TransitionContext => ({
  now: NOW,
  offTarget: false,
  openActionPlanIds: [],
  ...overrides,
});

export const enter = (
  overrides: Partial<Extract<ReturnEvent, { type: 'enter' }>> = {},
): ReturnEvent => ({
  type: 'enter',
  value: 87.5,
  commentary: 'Up on last quarter after the new triage rota.',
  ...overrides,
});

export const EVENTS: Record<ReturnEvent['type'], ReturnEvent> = {
  enter: enter(),
  check: { type: 'check' },
  authorise: { type: 'authorise' },
  'send-back': { type: 'send-back', reason: 'Figure does not match the evidence spreadsheet.' },
};
