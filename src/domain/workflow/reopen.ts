// Reopening an authorised figure found wrong (issue 14): the return goes back to its Collection
// Officer to enter again and runs the whole workflow anew, and the figure that was authorised is
// kept, with who reopened it and why, so every report can say the figure was restated. Pure.
import type { IndicatorReturn, Instant, Restatement } from '../model/types.js';

export const MAX_REOPEN_REASON = 1000;

export type ReopenRefusal = 'not-authorised' | 'no-reason' | 'reason-too-long';

export type ReopenResult =
  | { ok: true; fields: Partial<IndicatorReturn> }
  | { ok: false; code: ReopenRefusal; reason: string };

export function reopen(
  ret: IndicatorReturn,
  by: string,
  reasonText: string,
  at: Instant,
): ReopenResult {
  const reason = reasonText.trim();
  if (ret.state !== 'authorised') {
    return {
      ok: false,
      code: 'not-authorised',
      reason:
        'Only an authorised figure can be reopened; this one is still going through its checks.',
    };
  }
  if (!reason) return { ok: false, code: 'no-reason', reason: 'Say why the figure is reopened.' };
  if (reason.length > MAX_REOPEN_REASON) {
    return {
      ok: false,
      code: 'reason-too-long',
      reason: `The reason must be at most ${MAX_REOPEN_REASON} characters.`,
    };
  }
  const earlier: Restatement = {
    value: ret.value,
    notAvailableReason: ret.notAvailableReason,
    commentary: ret.commentary,
    forecast: ret.forecast,
    enteredBy: ret.enteredBy,
    checkedBy: ret.checkedBy,
    authorisedBy: ret.authorisedBy,
    authorisedAt: ret.authorisedAt,
    reopenedBy: by,
    reopenedAt: at,
    reason,
  };
  return {
    ok: true,
    fields: {
      state: 'due',
      // The figure is to be entered again: nothing of the old decision is carried into the new one.
      value: null,
      notAvailableReason: null,
      plausibilityConfirmed: false,
      enteredBy: null,
      enteredAt: null,
      checkedBy: null,
      checkedAt: null,
      authorisedBy: null,
      authorisedAt: null,
      actionPlanId: null,
      // Said to the Collection Officer where a send-back is (tab and card): why it came back.
      sentBackReason: reason,
      sentBackBy: by,
      procedureVersion: null,
      restatements: [...(ret.restatements ?? []), earlier],
    },
  };
}
