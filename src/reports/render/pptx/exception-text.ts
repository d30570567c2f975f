// What one exception's card says: the indicator, its figure against target, the direction of
// travel, why (the officer's commentary) and the action plan. A card has a fixed height, so each
// part has a line budget and is cut at a word with an ellipsis beyond it; the slide's notes carry
// the full text (see exceptionNotes), so nothing is lost to the presenter.
import type { IndicatorEntry } from '../../model/types.js';
import { CARD_PAD, CARD_WIDTH } from './slide-grid.js';
import { clip } from './text-fit.js';

export const HEADING_PT = 16;
export const CARD_TEXT_PT = 13;
const WIDTH = CARD_WIDTH - 2 * CARD_PAD - 0.1;

export interface CardLine {
  /** Bold lead-in, e.g. "Why:". */
  label: string;
  text: string;
}

/**
 * Lines each part may take. The card's body box holds about 15 lines at 13 pt; the space after
 * each of the five paragraphs takes two of them, and one is kept spare.
 */
export const BUDGET = { why: 3, reasons: 3, actions: 3, owner: 2, recovery: 1 } as const;

const fit = (label: string, text: string, lines: number): CardLine => {
  const cut = clip(`${label} ${text}`, WIDTH, CARD_TEXT_PT, lines);
  return { label, text: cut.slice(label.length + 1) };
};

export const exceptionHeading = (e: IndicatorEntry): string =>
  clip(`${e.code} ${e.title}`, WIDTH, HEADING_PT, 2, true);

/** The figure and its target ('' when there is none), as the card shows them side by side. */
export const exceptionFigures = (e: IndicatorEntry): [string, string] => [
  e.valueText,
  e.targetText && e.targetText !== '–' ? e.targetText : '',
];

export function exceptionLines(e: IndicatorEntry): CardLine[] {
  const lines: CardLine[] = [];
  if (e.commentary) lines.push(fit('Why:', e.commentary, BUDGET.why));
  const plan = e.actionPlan;
  if (!plan) {
    lines.push({ label: 'Action plan:', text: 'none recorded yet.' });
    return lines;
  }
  if (plan.reasons) lines.push(fit('Reasons:', plan.reasons, BUDGET.reasons));
  if (plan.actions) lines.push(fit('Actions:', plan.actions, BUDGET.actions));
  const owner = [plan.owner, plan.dueDate && `due ${plan.dueDate}`, plan.status]
    .filter(Boolean)
    .join(' · ');
  if (owner) lines.push(fit('Owner:', owner, BUDGET.owner));
  if (plan.expectedRecovery)
    lines.push(fit('Expected recovery:', plan.expectedRecovery, BUDGET.recovery));
  return lines;
}

/** The full text of the slide's exceptions, for the presenter's notes. */
export function exceptionNotes(entries: IndicatorEntry[]): string {
  return entries
    .map((e) => {
      const p = e.actionPlan;
      return [
        `${e.code} ${e.title}: ${e.valueText}, target ${e.targetText} (${e.rating.label}). ${e.direction}.`,
        e.commentary && `Why: ${e.commentary}`,
        p && `Reasons: ${p.reasons}`,
        p && `Actions: ${p.actions}`,
        p && `Owner: ${p.owner}, due ${p.dueDate}. ${p.status}`,
        p && `Expected recovery: ${p.expectedRecovery}`,
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n\n');
}
