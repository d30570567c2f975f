import { describe, expect, it } from 'vitest';
import { STAGE_VIEWS, hashWithView } from './stage-views.js';

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

describe('the Risks stage view', () => {
  it('is the last view, reached by its key in the hash', () => {
    expect(STAGE_VIEWS.at(-1)).toEqual({ key: 'risks', title: 'Risks' });
    expect(hashWithView('#/dashboard?period=2025-10', 'risks')).toBe(
      '#/dashboard?period=2025-10&view=risks',
    );
  });
});
