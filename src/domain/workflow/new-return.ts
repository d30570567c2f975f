// A return comes into being in state `due` with nothing entered: when its period ends, when history
// is imported, or when the demo is built. One definition, so every path starts from the same shape.
import type { IndicatorReturn } from '../model/types.js';

export type ReturnFields = Omit<IndicatorReturn, 'id'>;

export function newReturn(indicatorId: string, periodKey: string): ReturnFields {
  return {
    indicatorId,
    periodKey,
    state: 'due',
    value: null,
    notAvailableReason: null,
    commentary: '',
    evidenceUrl: null,
    numerator: null,
    denominator: null,
    forecast: null,
    enteredBy: null,
    enteredAt: null,
    checkedBy: null,
    checkedAt: null,
    authorisedBy: null,
    authorisedAt: null,
    sentBackReason: null,
    sentBackBy: null,
    actionPlanId: null,
    plausibilityConfirmed: false,
  };
}
