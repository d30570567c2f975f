// The card posted in the Leadership Team's channel when a strategic dashboard edition is due
// (issue 17): the headline counts as text, the worst key development areas, the risks above
// tolerance and the council's budget position in words, and one link to the tab's Strategic
// dashboard page for the edition's date.
import type { StrategicCardInput } from '../../src/reports/index.js';
import { escapeCardText } from './escape.js';

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  wrap: true,
  text: escapeCardText(value),
  ...extra,
});

/** Adaptive Card 1.5: counts and positions as words (FactSet, text), never colour alone. */
export function strategicEditionCard(input: StrategicCardInput): Record<string, unknown> {
  const more = input.areaCount - input.areas.length;
  const areas =
    input.areas.length > 0
      ? [
          text('Key development areas, worst first', { weight: 'Bolder', spacing: 'Medium' }),
          // The bullet is the card's own markdown; only the words inside it are escaped.
          ...input.areas.map((a) => ({
            ...text(a, { spacing: 'None' }),
            text: `- ${escapeCardText(a)}`,
          })),
          ...(more > 0 ? [text(`and ${more} more on the dashboard.`, { spacing: 'None' })] : []),
        ]
      : [text('No indicator or key action is off track.')];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      text(`Strategic dashboard: ${input.asAtText}`, { size: 'Large', weight: 'Bolder' }),
      text(
        `The strategic dashboard for ${input.councilName} as at ${input.asAtText} is ready: the latest authorised figures as at that date.`,
      ),
      {
        type: 'FactSet',
        facts: [
          ...input.headline.map((h) => ({ title: h.label, value: String(h.count) })),
          { title: 'Risks above tolerance', value: String(input.risksAboveTolerance) },
        ],
      },
      ...areas,
      text('Budget', { weight: 'Bolder', spacing: 'Medium' }),
      text(input.budget, { spacing: 'None' }),
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open the dashboard', url: input.pageUrl }],
  };
}
