// The deep-dive card (issue 16): what it shows in words, that it links to the tab (http(s) only),
// what its refresh carries, that text from people stays text. Every variant is in the card
// catalogue, so cards.test.ts parses each with the official adaptivecards library.
import { describe, expect, it } from 'vitest';
import { allText } from '../../test/protocol/support/cards.js';
import {
  TAB_URL,
  deepDiveCards,
  sampleDeepDiveView,
} from '../../test/support/cards/deep-dive-fixtures.js';
import { parseProblems } from '../../test/support/cards/parse-problems.js';
import { deepDiveCard } from './deep-dive-card.js';

const cards = deepDiveCards();

function openUrls(card: unknown): { title: string; url: string }[] {
  return (
    (card as { actions?: { type: string; title: string; url: string }[] }).actions ?? []
  ).filter((a) => a.type === 'Action.OpenUrl');
}

describe('the deep-dive card', () => {
  it('says where the review stands, who leads it and each question with its answer', () => {
    const words = allText(cards['deep-dive']);
    expect(words).toContain('WR05 Fly-tipping cleared within 2 working days');
    expect(words).toContain('Deep-dive review · Under way, due soon: 01/12/2025');
    expect(words).toContain('Lead officer: Callum Fairweather');
    expect(words).toContain('Due: 01/12/2025');
    expect(words).toContain('Questions answered: 2 of 6');
    expect(words).toContain('Action plan: From 2025/26 Q2: Open');
    expect(words).toContain(
      'What are the implications of the current level of performance?\nThe year-end target will be missed',
    );
    expect(words).toContain(
      'What is the predicted performance if no additional actions are taken?\nNot answered yet.',
    );
    expect(words).toContain('Findings\nNot written yet.');
    expect(words).toContain('on the indicator’s page in Golden Thread');
  });

  it('links to the tab and refreshes for its lead with the review’s id and version', () => {
    const card = cards['deep-dive']!;
    expect(openUrls(card)).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the review in Golden Thread', url: TAB_URL },
    ]);
    expect(card.refresh).toEqual({
      action: expect.objectContaining({
        verb: 'deepDive.refresh',
        data: { deepDiveId: 'dd-1', version: '3', tabUrl: TAB_URL },
      }),
      userIds: ['29:p-8'],
    });
  });

  it('escapes what people wrote: no markdown link, no HTML', () => {
    const body = JSON.stringify(cards['deep-dive']);
    expect(body).not.toContain('[July](https://evil.example)');
    expect(body).not.toContain('<b>');
    expect(body).not.toContain('<script>');
    expect(allText(cards['deep-dive'])).toContain(
      'Two driver \\*vacancies\\* &lt;b&gt;since&lt;/b&gt;',
    );
  });

  it('a closed review shows its findings, recommendations and outcome, and asks nothing', () => {
    const words = allText(cards['deep-dive-closed']);
    expect(words).toContain('Deep-dive review · Closed 10/11/2025');
    expect(words).toContain('Findings\nCapacity, not the crews’ own work');
    expect(words).toContain('Recommendations\nRecruit two drivers');
    expect(words).toContain('Outcome\nAgreed by the committee');
    expect(words).not.toContain('Not answered yet');
    expect(words).toContain('Not answered.');
    expect(words).not.toContain('Write the answers');
  });

  it('makes no link of anything but http(s), and still parses', () => {
    const card = deepDiveCard({
      view: sampleDeepDiveView({ lead: { id: 'p-9', name: 'Someone', hasLeft: true } }),
      tabUrl: 'javascript:alert(1)',
      refreshUserIds: [],
    });
    expect(openUrls(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('javascript:');
    expect(allText(card)).toContain('has left: the performance team will reassign it');
    expect(card.refresh?.action.data).toEqual({ deepDiveId: 'dd-1', version: '3' });
    expect(parseProblems(card)).toEqual([]);
  });
});
