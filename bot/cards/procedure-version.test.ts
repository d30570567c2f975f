// The check card shows the written procedure the figure was entered under (issue #14), with its
// version in words, even when the procedure has changed since.
import { expect, it } from 'vitest';
import { allText } from '../../test/protocol/support/cards.js';
import { sampleModel, sampleView } from '../../test/support/cards/fixtures.js';
import { reviewCard } from './review-card.js';

it('shows the entered version of the procedure, not today’s', () => {
  const base = sampleView('submitted', ['check', 'send-back']);
  const view = sampleView('submitted', ['check', 'send-back'], {
    indicator: {
      ...base.indicator,
      procedure: { ...base.indicator.procedure, calculation: 'Today’s way of counting.' },
    },
    procedure: {
      version: 2,
      procedure: { ...base.indicator.procedure, calculation: 'Count on the last working day.' },
      changedAt: '2026-02-10T14:00:00.000Z',
      current: false,
      label: 'version 2, changed 10/02/2026',
    },
  });
  const text = allText(reviewCard(sampleModel(view)));
  expect(text).toContain('Count on the last working day.');
  expect(text).toContain('Written procedure: version 2, changed 10/02/2026');
  expect(text).not.toContain('Today’s way of counting.');
});
