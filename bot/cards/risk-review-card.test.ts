// The risk review card (issue 17): what it shows in words, what its button carries, that text from
// people stays text. Every variant is in the card catalogue, so cards.test.ts parses each with the
// official adaptivecards library.
import { describe, expect, it } from 'vitest';
import { action, allText, input } from '../../test/protocol/support/cards.js';
import { parseProblems } from '../../test/support/cards/parse-problems.js';
import { riskCards, sampleRiskView } from '../../test/support/cards/risk-fixtures.js';
import { riskReviewCard } from './risk-review-card.js';

const cards = riskCards();

describe('the risk review card', () => {
  it('shows the residual score, band, tolerance, trend and mitigations in words', () => {
    const words = allText(cards['risk-review']);
    expect(words).toContain('Risk review · Review overdue · review date 13/11/2025 (overdue)');
    expect(words).toContain('Residual score now: likelihood 4 × impact 4 = 16, very high');
    expect(words).toContain('Tolerance: Above the council’s tolerance of 12');
    expect(words).toContain('Inherent score: likelihood 5 × impact 4 = 20, very high');
    expect(words).toContain('Trend: Up from 12 to 16');
    expect(words).toContain('In progress: Sprinklers &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(words).toContain('(Callum Fairweather, due 31/01/2026)');
    expect(words).toContain('Done: Fire drill');
    expect(words).toContain('Reviewed: 14/08/2025 by Keeley Brannigan');
  });

  it('asks for likelihood and impact 1–5 and a commentary, starting from the scores now', () => {
    const card = cards['risk-review']!;
    const l = input(card, 'residualLikelihood');
    expect(l.value).toBe('4');
    expect(l.choices.map((c: { value: string }) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(l.choices[4].title).toBe('5 Almost certain');
    expect(input(card, 'residualImpact').choices[0].title).toBe('1 Negligible');
    expect(input(card, 'commentary')).toMatchObject({ isMultiline: true, isRequired: true });
    expect(action(card, 'risk.review')).toMatchObject({
      data: { riskCode: 'CR07', version: '4' },
      associatedInputs: 'auto',
    });
    expect(card.refresh).toEqual({
      action: expect.objectContaining({
        verb: 'risk.refresh',
        data: { riskCode: 'CR07', version: '4' },
      }),
      userIds: ['29:p-15'],
    });
  });

  it('escapes what people typed: no markdown link, no HTML', () => {
    const body = JSON.stringify(cards['risk-review']);
    expect(body).not.toContain('[link](https://evil.example)');
    expect(body).not.toContain('<b>');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('](javascript:');
    expect(allText(cards['risk-review'])).toContain('Depot \\*fire\\* &lt;b&gt;now&lt;/b&gt;');
  });

  it('keeps what was typed and puts each problem under its field', () => {
    const card = cards['risk-review-with-errors']!;
    expect(input(card, 'residualImpact').value).toBe('');
    expect(input(card, 'commentary').value).toBe('kept *as* typed');
    const body = JSON.stringify(card.body);
    expect(body.indexOf('"id":"residualImpactError"')).toBeGreaterThan(
      body.indexOf('"id":"residualImpact"'),
    );
    expect(allText(card)).toContain('Say what has changed since the last review');
  });

  it('refuses in plain words, with no form and no button', () => {
    const card = cards['risk-review-refused']!;
    const words = allText(card);
    expect(words).toContain('You cannot review this risk');
    expect(words).toContain('Only the risk’s owner or the performance team may review it.');
    expect(words).toContain('Nothing was changed.');
    expect(action(card, 'risk.review')).toBeUndefined();
    expect(input(card, 'commentary')).toBeUndefined();
  });

  it('after a review, says what was recorded and when the next one is, with no form', () => {
    const card = cards['risk-reviewed']!;
    const words = allText(card);
    expect(words).toContain('Review recorded: likelihood 2 × impact 4 = 8, medium.');
    expect(words).toContain('Trend: Down from 16 to 8');
    expect(words).toContain('Reviewed: 20/11/2025 by Keeley Brannigan');
    expect(words).toContain('Commentary: Sprinklers fitted');
    expect(words).toContain('Next review: 19/02/2026, by Keeley Brannigan.');
    expect(action(card, 'risk.review')).toBeUndefined();
  });

  it('offers no form for a closed risk, even to its owner', () => {
    const card = riskReviewCard({
      view: sampleRiskView({ status: 'closed', reviewState: 'closed', reviewOverdue: false }),
      mayReview: true,
      refreshUserIds: [],
    });
    expect(allText(card)).toContain('Closed: no review needed');
    expect(action(card, 'risk.review')).toBeUndefined();
    expect(parseProblems(card)).toEqual([]);
  });
});
