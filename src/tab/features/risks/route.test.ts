// The Risks pages' addresses: the register with its filters (a heat-map cell among them) and one
// risk by code; each reads back as the route that wrote it, and nonsense in a filter is dropped
// rather than sent to the API.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, routeFromSubPage } from '../../app/router.js';

describe('the Risks routes', () => {
  it('round-trips the register with every filter', () => {
    const route = {
      page: 'risks',
      filters: {
        status: 'open',
        category: 'Finance and funding',
        aboveTolerance: true,
        reviewOverdue: true,
        cell: { likelihood: 4, impact: 3 },
      },
    } as const;
    const href = hrefFor(route);
    expect(href).toBe(
      '#/risks?status=open&category=Finance%20and%20funding&above=yes&overdue=yes&cell=4-3',
    );
    expect(parseRoute(href)).toEqual(route);
  });

  it('round-trips the part of the golden thread the strategy map links with', () => {
    for (const kind of ['objective', 'priority', 'keyAction', 'indicator'] as const) {
      const route = { page: 'risks', filters: { thread: { kind, code: 'P1.2 & co' } } } as const;
      const href = hrefFor(route);
      expect(href).toBe(`#/risks?${kind}=P1.2%20%26%20co`);
      expect(parseRoute(href)).toEqual(route);
    }
    expect(
      hrefFor({
        page: 'risks',
        filters: { aboveTolerance: true, thread: { kind: 'objective', code: 'P2.1' } },
      }),
    ).toBe('#/risks?above=yes&objective=P2.1');
    // One part at a time: the narrowest (an objective before a priority) when several are named.
    expect(parseRoute('#/risks?priority=P1&objective=P2.1&keyAction=')).toEqual({
      page: 'risks',
      filters: { thread: { kind: 'objective', code: 'P2.1' } },
    });
  });

  it('reads the bare register, and drops a cell off the 5×5 grid', () => {
    expect(parseRoute('#/risks')).toEqual({ page: 'risks', filters: {} });
    expect(hrefFor({ page: 'risks', filters: {} })).toBe('#/risks');
    expect(parseRoute('#/risks?cell=6-2&above=maybe')).toEqual({ page: 'risks', filters: {} });
  });

  it('opens one risk by its code, from the tab and from a chat link', () => {
    expect(parseRoute('#/risks/R07')).toEqual({ page: 'risk', code: 'R07' });
    expect(hrefFor({ page: 'risk', code: 'R 7/a' })).toBe('#/risks/R%207%2Fa');
    expect(parseRoute(hrefFor({ page: 'risk', code: 'R 7/a' }))).toEqual({
      page: 'risk',
      code: 'R 7/a',
    });
    expect(routeFromSubPage('risks/R07')).toEqual({ page: 'risk', code: 'R07' });
  });
});
