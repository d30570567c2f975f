// The card posted in the council's report channel when a quarter is fully authorised (issue 8):
// the headline counts as text and one link to the tab's Reports page for the quarter.
import type { QuarterCardInput } from '../../src/reports/index.js';
import { escapeCardText } from './escape.js';

/** Adaptive Card 1.5: the counts as text (FactSet), never colour alone. */
export function quarterCompleteCard(input: QuarterCardInput): Record<string, unknown> {
  const council = escapeCardText(input.councilName);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        size: 'Large',
        weight: 'Bolder',
        wrap: true,
        text: `${input.quarterLabel} is fully authorised`,
      },
      {
        type: 'TextBlock',
        wrap: true,
        text: `Every return for ${input.quarterLabel} at ${council} has been authorised. The Quarterly Performance Report is ready, in Word and as a PDF.`,
      },
      {
        type: 'FactSet',
        facts: input.headline.map((h) => ({ title: h.label, value: String(h.count) })),
      },
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open the report', url: input.reportUrl }],
  };
}
