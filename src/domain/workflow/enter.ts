// Entering (or re-entering) a figure: validate what the Collection Officer gave, then record it.
// Only finiteness is checked here; what is impossible for the indicator's unit (a negative count,
// a percentage over 100) is validated by the caller before the workflow runs.
import type { IndicatorReturn } from '../model/types.js';
import {
  refuse,
  type Refusal,
  type ReturnEvent,
  type Actor,
  type TransitionContext,
} from './types.js';
import { MAX_COMMENTARY } from '../values/limits.js';

// Re-exported so the workflow's public surface keeps it; the limit itself is set in values/limits.
export { MAX_COMMENTARY };

type EnterEvent = Extract<ReturnEvent, { type: 'enter' }>;

export function validateEntry(event: EnterEvent): Refusal | undefined {
  const { value } = event;
  if (value !== null && !isFiniteNumber(value)) {
    return refuse('invalid-value', 'value: must be a finite number, or null when not available');
  }
  if (value === null && blank(event.notAvailableReason)) {
    return refuse('reason-required', 'notAvailableReason: say why the figure is not available');
  }
  if (typeof event.commentary !== 'string') {
    return refuse('invalid-value', 'commentary: must be text');
  }
  if (event.commentary.length > MAX_COMMENTARY) {
    return refuse(
      'invalid-value',
      `commentary: must be at most ${MAX_COMMENTARY} characters (it has ${event.commentary.length})`,
    );
  }
  for (const field of ['numerator', 'denominator', 'forecast'] as const) {
    const n = event[field];
    if (n !== undefined && n !== null && !isFiniteNumber(n)) {
      return refuse('invalid-value', `${field}: must be a finite number when given`);
    }
  }
  return undefined;
}

/** The return after a valid entry: the new figure, who entered it, and any earlier check cleared. */
export function applyEntry(
  current: IndicatorReturn,
  event: EnterEvent,
  actor: Actor,
  ctx: TransitionContext,
): IndicatorReturn {
  return {
    ...current,
    value: event.value,
    notAvailableReason: event.value === null ? (event.notAvailableReason ?? '').trim() : null,
    commentary: event.commentary.trim(),
    evidenceUrl: blank(event.evidenceUrl) ? null : (event.evidenceUrl as string).trim(),
    numerator: event.numerator ?? null,
    denominator: event.denominator ?? null,
    forecast: event.forecast ?? null,
    plausibilityConfirmed: event.plausibilityConfirmed ?? false,
    enteredBy: actor.id,
    enteredAt: ctx.now,
    // A new figure needs a fresh check and authorisation; the action plan link belongs to the check.
    checkedBy: null,
    checkedAt: null,
    authorisedBy: null,
    authorisedAt: null,
    actionPlanId: null,
    // The send-back is answered by entering again (types.ts: "until it is entered again").
    sentBackReason: null,
    sentBackBy: null,
  };
}

function isFiniteNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

export function blank(text: string | null | undefined): boolean {
  return typeof text !== 'string' || text.trim() === '';
}
