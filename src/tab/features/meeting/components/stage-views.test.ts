import { describe, expect, it } from 'vitest';
import { STAGE_VIEWS, hashWithView } from './stage-views.js';
import { filterWords, hashWithRiskFilters } from './stage-register-filters.js';

describe('the stage view in the hash', () => {
  it('sets the view and keeps the period and the basis', () => {
    expect(hashWithView('#/dashboard?period=2025-10&provisional=include', 'priorities')).toBe(
      '#/dashboard?period=2025-10&provisional=include&view=priorities',
    );
  });

  it('replaces a view rather than adding a second one', () => {
    expect(hashWithView('#/dashboard?view=priorities&period=2025-10', 'persistent')).toBe(
      '#/dashboard?view=persistent&period=2025-10',
    );
  });

  it('drops the view for the first one, so the default stage URL is unchanged', () => {
    expect(hashWithView('#/dashboard?period=2025-10&view=directorates', 'summary')).toBe(
      '#/dashboard?period=2025-10',
    );
    expect(hashWithView('#/dashboard', 'summary')).toBe('#/dashboard');
  });
});

describe('the Risks stage views', () => {
  it('are the last views, the heat map then the register, reached by their keys in the hash', () => {
    expect(STAGE_VIEWS.slice(-2)).toEqual([
      { key: 'risks', title: 'Risks' },
      { key: 'register', title: 'Risk register' },
    ]);
    expect(hashWithView('#/dashboard?period=2025-10', 'risks')).toBe(
      '#/dashboard?period=2025-10&view=risks',
    );
  });
});

describe("the register's filters on the stage", () => {
  it('ride in the hash beside the period and the view, replaced as a whole', () => {
    const hash = '#/dashboard?period=2025-10&view=register&status=open&above=yes';
    expect(hashWithRiskFilters(hash, { category: 'Financial', reviewOverdue: true })).toBe(
      '#/dashboard?period=2025-10&view=register&category=Financial&overdue=yes',
    );
    expect(hashWithRiskFilters(hash, {})).toBe('#/dashboard?period=2025-10&view=register');
  });

  it('are told to the room in words', () => {
    expect(filterWords({})).toBeNull();
    expect(filterWords({ status: 'open', aboveTolerance: true })).toBe('open, above tolerance');
    expect(filterWords({ category: 'Financial', reviewOverdue: true })).toBe(
      'category Financial, review overdue',
    );
  });
});
