import { describe, expect, it } from 'vitest';
import { ValidationError } from '../domain/errors/errors.js';
import { LIST_NAMES } from '../domain/ports/store.js';
import { buildDemoCouncil, DEMO_PEOPLE_IDS } from './index.js';
import { itemsOf } from '../../test/support/demo-items.js';

const TODAYS = ['2026-11-23', '2025-07-18'] as const;

describe.each(TODAYS)('the demo council built on %s', (today) => {
  const council = buildDemoCouncil({ today });

  it('has the golden thread at the sizes the brief asks for', () => {
    const current = itemsOf(council, 'plans').filter((p) => p.current);
    expect(current).toHaveLength(1);
    const priorities = itemsOf(council, 'priorities').filter((p) => p.planId === current[0]?.id);
    expect(priorities).toHaveLength(5);
    const ofCurrent = new Set(priorities.map((p) => p.id));
    expect(itemsOf(council, 'objectives').filter((o) => ofCurrent.has(o.priorityId))).toHaveLength(
      15,
    );
    // The plan before, ended and kept for its history.
    expect(itemsOf(council, 'plans').filter((p) => !p.current)).toHaveLength(1);
    expect(council.summary.directorates).toBe(3);
    expect(council.summary.services).toBe(9);
    expect(council.summary.portfolios).toBe(5);
    expect(council.summary.servicePlans).toBe(27);
    expect(council.summary.indicators).toBeGreaterThanOrEqual(42);
    expect(council.summary.people).toBeGreaterThanOrEqual(20);
  });

  it('summarises exactly the items it holds, list by list', () => {
    for (const list of LIST_NAMES) {
      expect(council.summary[list]).toBe(council.items.filter((i) => i.list === list).length);
    }
  });

  it('gives every item a unique GUID-shaped id', () => {
    const ids = council.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(DEMO_PEOPLE_IDS.leadership).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('leaves no field undefined', () => {
    for (const item of council.items) {
      for (const [key, value] of Object.entries(item.fields)) {
        expect(value, `${item.list}.${key}`).not.toBeUndefined();
      }
    }
  });

  it('has a four-year plan covering the financial year of today', () => {
    const [plan] = itemsOf(council, 'plans');
    const fy = today === '2026-11-23' ? 2026 : 2025;
    expect(plan?.firstYear).toBe(`${fy - 2}/${String(fy - 1).slice(2)}`);
    expect(plan?.lastYear).toBe(`${fy + 1}/${String(fy + 2).slice(2)}`);
    expect(itemsOf(council, 'objectives').map((o) => o.code)).toContain('P5.3');
  });

  it('has 30 or more key actions this year, in every status, linked or business as usual', () => {
    const fy = today === '2026-11-23' ? '2026/27' : '2025/26';
    const plans = new Set(
      itemsOf(council, 'servicePlans')
        .filter((p) => p.year === fy)
        .map((p) => p.id),
    );
    const current = itemsOf(council, 'keyActions').filter((a) => plans.has(a.servicePlanId));
    expect(current.length).toBeGreaterThanOrEqual(30);
    expect(new Set(current.map((a) => a.status))).toEqual(
      new Set(['not-started', 'on-track', 'some-risk', 'unlikely', 'complete']),
    );
    expect(current.filter((a) => a.status === 'unlikely')).toHaveLength(2);
    expect(current.some((a) => a.businessAsUsual && a.objectiveIds.length === 0)).toBe(true);
    for (const a of current) {
      if (a.status === 'complete') expect(a.percentComplete).toBe(100);
      if (a.status !== 'complete') expect(a.dueDate > today).toBe(true);
    }
  });

  it('covers every role: leadership, admins, and the four officers on every indicator', () => {
    const people = itemsOf(council, 'people');
    const ids = new Set(people.map((p) => p.id));
    expect(people.filter((p) => p.roles.includes('admin'))).toHaveLength(2);
    expect(people.filter((p) => p.roles.includes('leadership')).length).toBeGreaterThanOrEqual(4);
    for (const ind of itemsOf(council, 'indicators')) {
      const officers = [
        ind.collectorId,
        ind.responsibleId,
        ind.authoriserId,
        ind.escalationOwnerId,
      ];
      for (const o of officers) expect(ids.has(o)).toBe(true);
      expect(new Set(officers).size).toBe(4);
    }
    for (const id of Object.values(DEMO_PEOPLE_IDS)) expect(ids.has(id)).toBe(true);
  });

  it('has one person on leave until after today, with a delegate', () => {
    const away = itemsOf(council, 'people').filter((p) => p.onLeaveUntil !== null);
    expect(away).toHaveLength(1);
    expect(String(away[0]?.onLeaveUntil) > today).toBe(true);
    expect(away[0]?.delegateId).not.toBeNull();
  });

  it('has the indicator mix: corporate and local, context only, one retired, benchmarks from LG Inform', () => {
    const inds = itemsOf(council, 'indicators');
    const corporate = inds.filter((i) => i.scope === 'corporate').length;
    expect(corporate).toBeGreaterThanOrEqual(13);
    expect(corporate).toBeLessThanOrEqual(20);
    expect(inds.filter((i) => i.retired)).toHaveLength(1);
    expect(inds.find((i) => i.code === 'ED02')?.contextOnly).toBe(true);
    expect(inds.filter((i) => i.published).length).toBeGreaterThanOrEqual(20);
    expect(inds.filter((i) => i.reminderPolicy !== null).length).toBeGreaterThanOrEqual(1);
    for (const b of inds.flatMap((i) => i.benchmarks)) expect(b.source).toBe('LG Inform');
  });

  it('has targets for three years per indicator, with the collection rate profiled cumulatively', () => {
    const ct = itemsOf(council, 'indicators').find((i) => i.code === 'RB03')!;
    const targets = itemsOf(council, 'targets').filter((t) => t.indicatorId === ct.id);
    expect(targets).toHaveLength(3);
    const current = targets[2]!;
    // 97.5% by March, 10.5% of it by the end of April.
    expect(current.annual).toBe(97.5);
    expect(Object.values(current.profile)[0]).toBe(10.24);
    expect(Object.values(current.profile)[11]).toBe(97.5);
  });

  it('has a quarterly timetable with returns due on the third Friday after the quarter', () => {
    const timetable = itemsOf(council, 'timetable');
    expect(timetable).toHaveLength(8);
    if (today === '2025-07-18') {
      // Q1 2025/26 ends Monday 30/06/2025: Fridays 4, 11, 18 July.
      expect(timetable.find((t) => t.periodKey === '2025/26 Q1')?.dueDate).toBe('2025-07-18');
    }
  });

  it('stores the council settings as key/value items', () => {
    const settings = Object.fromEntries(itemsOf(council, 'settings').map((s) => [s.key, s.value]));
    expect(settings).toMatchObject({
      councilName: 'Borough of Elmstead',
      persistentRuns: 3,
      defaultDueWorkingDays: 15,
    });
    expect(settings['ratingScheme']).toEqual({ kind: 'four-level' });
  });
});

// Early in a year no quarter of it has ended: this year's actions have had no update yet, so the
// variety is last year's; and work finished in April must have started before it was due.
describe.each(['2025-04-20', '2026-06-30', '2027-03-31'])('key actions on %s', (today) => {
  const council = buildDemoCouncil({ today });
  const actions = itemsOf(council, 'keyActions');

  it('tick off milestones in step with their progress', () => {
    for (const a of actions) {
      const done = a.milestones.filter((m) => m.done).length;
      expect(done, a.code).toBe(Math.floor((a.milestones.length * a.percentComplete) / 100));
    }
  });

  it('never start after they are due', () => {
    for (const a of actions)
      expect(a.startDate! <= a.dueDate, `${a.code} starts after it is due`).toBe(true);
  });

  it('have a history of updates in every status, and this year none before its first quarter ends', () => {
    const updates = itemsOf(council, 'keyActionUpdates');
    const seen = new Set(updates.map((u) => u.status));
    for (const status of ['on-track', 'some-risk', 'unlikely', 'complete'])
      expect(seen.has(status as never), status).toBe(true);
    const fy = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
    const thisYear = `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;
    const early = today.slice(5) < '07-01' && today.slice(5) >= '04-01';
    const plans = new Set(
      itemsOf(council, 'servicePlans')
        .filter((p) => p.year === thisYear)
        .map((p) => p.id),
    );
    const current = actions.filter((a) => plans.has(a.servicePlanId));
    expect(current.length).toBeGreaterThan(0);
    if (early) expect(new Set(current.map((a) => a.status))).toEqual(new Set(['not-started']));
  });
});

describe('buildDemoCouncil determinism and input', () => {
  it('builds the identical council for the same seed and day', () => {
    expect(buildDemoCouncil({ today: '2026-11-23', seed: 7 })).toEqual(
      buildDemoCouncil({ today: '2026-11-23', seed: 7 }),
    );
  });

  it('builds different figures for a different seed, with the same ids', () => {
    const a = buildDemoCouncil({ today: '2026-11-23', seed: 1 });
    const b = buildDemoCouncil({ today: '2026-11-23', seed: 2 });
    expect(a.items.map((i) => i.id).slice(0, 200)).toEqual(b.items.map((i) => i.id).slice(0, 200));
    expect(a.items).not.toEqual(b.items);
  });

  it('refuses a malformed today or seed, naming the field', () => {
    expect(() => buildDemoCouncil({ today: '23/11/2026' })).toThrow(ValidationError);
    expect(() => buildDemoCouncil({ today: '23/11/2026' })).toThrow(/today/);
    expect(() => buildDemoCouncil({ today: '2026-11-23', seed: 1.5 })).toThrow(/seed/);
  });
});
