// The Spot checks page's address: the chat reminder links to `spot-checks?period=…` (a Teams
// sub-page), the quarter picker writes `#/spot-checks?period=…`; both read back as the same page.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeFromSubPage } from '../../app/router.js';

describe('the Spot checks route', () => {
  it('round-trips the quarter and opens from a chat reminder link', () => {
    const route = { page: 'spot-checks', period: '2025/26 Q1' } as const;
    expect(hrefFor(route)).toBe('#/spot-checks?period=2025%2F26%20Q1');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/spot-checks')).toEqual({ page: 'spot-checks', period: undefined });
    expect(routeFromSubPage(`spot-checks?period=${encodeURIComponent('2025/26 Q2')}`)).toEqual({
      page: 'spot-checks',
      period: '2025/26 Q2',
    });
  });
});
