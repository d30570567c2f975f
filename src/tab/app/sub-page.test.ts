import { describe, expect, it } from 'vitest';
import { routeFromSubPage } from './router.js';

describe('routeFromSubPage (a Teams deep link subEntityId)', () => {
  it('reads a tab route, with or without the leading #/', () => {
    expect(routeFromSubPage('indicators/WR01')).toEqual({ page: 'indicator', code: 'WR01' });
    expect(routeFromSubPage('#/dashboard?period=2026-09')).toEqual({
      page: 'dashboard',
      period: '2026-09',
    });
    expect(routeFromSubPage('/my-work')).toEqual({ page: 'my-work' });
  });

  it("reads the quarter-complete card's link to the Reports page with its quarter", () => {
    expect(routeFromSubPage('reports?period=2025%2F26%20Q2')).toEqual({
      page: 'reports',
      period: '2025/26 Q2',
    });
    expect(routeFromSubPage('reports')).toEqual({ page: 'reports', period: undefined });
  });

  it('ignores an empty or unknown one rather than showing "page not found"', () => {
    expect(routeFromSubPage(null)).toBeNull();
    expect(routeFromSubPage('  ')).toBeNull();
    expect(routeFromSubPage('secrets/everything')).toBeNull();
  });
});
