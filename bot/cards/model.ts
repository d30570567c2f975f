// What a return card is built from: the return as the viewer sees it (the app's ReturnView) plus
// what the card must carry back — what the officer typed, errors by field, a question to confirm.
import type { ReturnView } from '../../src/app/returns/return-view.js';

/** What the officer typed, kept as text so a refused card shows it back unchanged. */
export interface EntryDraft {
  value: string;
  commentary: string;
  evidenceUrl: string;
  forecast: string;
  notAvailable: boolean;
  notAvailableReason: string;
}

export type Tone = 'good' | 'attention' | 'warning' | 'default';

export interface ReturnCardModel {
  view: ReturnView;
  /** Teams user ids whose clients refresh the card to their own view (Universal Actions). */
  refreshUserIds: string[];
  draft?: EntryDraft;
  /** Problems by input id (`value`, `commentary`, `reason`, `actionPlanId`, …). */
  errors?: Record<string, string>;
  /** A plausibility question: the figure is saved only when the officer confirms it. */
  question?: string | null;
  notice?: { text: string; tone: Tone } | null;
  /**
   * What the checker chose and wrote on a refused check card, shown back unchanged: their own
   * choice, so keeping it is not choosing for them (the open plans come from `view.openPlans`).
   */
  planDraft?: { actionPlanId: string; planUpdate: string };
  /** Who may own a new action plan (the indicator's officers). */
  planOwners?: Array<{ id: string; name: string }>;
  /** The tab's page for entering this return's breakdowns by ward or group (issue 16). */
  breakdownsUrl?: string | null;
}

export function emptyDraft(): EntryDraft {
  return {
    value: '',
    commentary: '',
    evidenceUrl: '',
    forecast: '',
    notAvailable: false,
    notAvailableReason: '',
  };
}

/** The draft a fresh entry card starts from: what is already recorded, if anything. */
export function draftFromView(view: ReturnView): EntryDraft {
  return {
    value: view.value === null ? '' : String(view.value),
    commentary: view.commentary,
    evidenceUrl: view.evidenceUrl ?? '',
    forecast: view.forecast === null ? '' : String(view.forecast),
    notAvailable: view.value === null && !!view.notAvailableReason,
    notAvailableReason: view.notAvailableReason ?? '',
  };
}
