// The words of an indicator's table cells, shared by the Word and PDF renderers so both print the
// same thing: the rating now beside the year-end forecast (each labelled, so nobody confuses the
// two), and a provisional or restated figure marked in words under the indicator's title.
import type { IndicatorEntry, RatingText } from '../model/types.js';

export const RATING_NOW = 'Rating now';
export const YEAR_END = 'Year-end forecast';

/** Every report shows the year-end forecast column, except after the year end (the annual report). */
export function hasYearEnd(block: { yearEnd?: false }): boolean {
  return block.yearEnd !== false;
}

/** "Rating now" beside a year-end column; plain "Rating" where there is none to confuse it with. */
export function ratingHeader(withYearEnd: boolean): string {
  return withYearEnd ? RATING_NOW : 'Rating';
}

/** An indicator's figure columns, as headed after its code and title (where it has those). */
export function figureHeaders(withYearEnd: boolean): string[] {
  return [
    'Period',
    'Value',
    'Target',
    ratingHeader(withYearEnd),
    'Year to date',
    ...(withYearEnd ? [YEAR_END] : []),
  ];
}

export const QUARTILE = 'Quartile';

/** A quartile column only where some indicator of the table has comparator figures for it. */
export function hasQuartiles(entries: readonly IndicatorEntry[]): boolean {
  return entries.some((e) => e.quartile !== null);
}

/** The quartile's words for a table cell; '–' where the group has no figures for the period. */
export function quartileCell(e: IndicatorEntry): string {
  return e.quartile?.words ?? '–';
}

/** The action plan under an indicator: its terms as the label, reasons and actions as the text. */
export function actionPlanText(e: IndicatorEntry): { label: string; text: string } {
  const plan = e.actionPlan;
  if (!plan) return { label: 'Action plan', text: 'None recorded' };
  return {
    label: `Action plan (${plan.status}, owner ${plan.owner}, due ${plan.dueDate}, recovery expected ${plan.expectedRecovery})`,
    text: `${plan.reasons} ${plan.actions}`,
  };
}

/** The forecast's rating with its figure, e.g. "Good: 58.0% against 60.0%"; '–' when none given. */
export function yearEndCell(e: IndicatorEntry): RatingText | string {
  if (!e.yearEnd) return '–';
  const { rating, valueText, targetText } = e.yearEnd;
  return { state: rating.state, label: `${rating.label}: ${valueText} against ${targetText}` };
}

/** Marks in words beside a figure: provisional (not yet authorised), restated with its reason. */
export function marks(e: IndicatorEntry): string[] {
  return [...(e.provisional ? [e.provisional] : []), ...(e.restated ? [e.restated] : [])];
}

/** The title, then its marks, as lines of one cell (the rating column is too narrow for them). */
export function titleLines(e: IndicatorEntry): string[] {
  return [e.title, ...marks(e)];
}
