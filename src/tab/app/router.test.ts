import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './router.js';

describe('parseRoute', () => {
  it('reads each page from the hash, My work by default', () => {
    expect(parseRoute('')).toEqual({ page: 'my-work' });
    expect(parseRoute('#/dashboard?period=2026-09')).toEqual({
      page: 'dashboard',
      period: '2026-09',
    });
    expect(parseRoute('#/indicators/WR04')).toEqual({ page: 'indicator', code: 'WR04' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/admin')).toEqual({ page: 'admin', section: 'indicators' });
    expect(parseRoute('#/admin/indicators/new')).toEqual({
      page: 'admin',
      section: 'indicators',
      id: 'new',
    });
    expect(parseRoute('#/admin/secrets')).toEqual({ page: 'not-found', path: '/admin/secrets' });
  });

  it('round-trips through hrefFor, including awkward period keys', () => {
    const route = { page: 'dashboard', period: '2026/27 Q2' } as const;
    expect(hrefFor(route)).toBe('#/dashboard?period=2026%2F27%20Q2');
    expect(parseRoute(hrefFor(route))).toEqual(route);
    const reports = { page: 'reports', period: '2025/26 Q2' } as const;
    expect(hrefFor(reports)).toBe('#/reports?period=2025%2F26%20Q2');
    expect(parseRoute(hrefFor(reports))).toEqual(reports);
    expect(hrefFor({ page: 'reports' })).toBe('#/reports');
    const map = { page: 'strategy-map', period: '2025/26 Q2', plan: 'CP-PREV' } as const;
    expect(hrefFor(map)).toBe('#/strategy-map?period=2025%2F26%20Q2&plan=CP-PREV');
    expect(parseRoute(hrefFor(map))).toEqual(map);
    expect(hrefFor({ page: 'strategy-map' })).toBe('#/strategy-map');
  });

  it("keeps the golden thread's filters in the address, empty ones left out", () => {
    const thread = {
      page: 'golden-thread',
      filters: { directorate: 'D 1', service: 'S/3' },
    } as const;
    expect(hrefFor(thread)).toBe('#/golden-thread?directorate=D%201&service=S%2F3');
    expect(parseRoute(hrefFor(thread))).toEqual(thread);
    const cleared = { page: 'golden-thread', filters: { directorate: '', priority: '' } } as const;
    expect(hrefFor(cleared)).toBe('#/golden-thread');
    expect(parseRoute('#/golden-thread')).toEqual({ page: 'golden-thread', filters: {} });
  });
});
