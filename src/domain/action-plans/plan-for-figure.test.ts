import { describe, expect, it } from 'vitest';
import { planForFigure } from './plan-for-figure.js';

const plans = new Map([
  ['old', { indicatorId: 'ind-1', status: 'closed' }],
  ['open', { indicatorId: 'ind-1', status: 'open' }],
  ['other', { indicatorId: 'ind-2', status: 'open' }],
]);

describe('planForFigure', () => {
  it('is the plan linked to the figure, even a closed one', () => {
    expect(planForFigure(plans, 'ind-1', 'old')).toBe(plans.get('old'));
  });

  it("is else the indicator's open plan, and none of another indicator's", () => {
    expect(planForFigure(plans, 'ind-1', null)).toBe(plans.get('open'));
    expect(planForFigure(plans, 'ind-3', undefined)).toBeUndefined();
  });
});
