// The calendar sweep (issue #12): the demo council built for one moment, and the journeys every
// role takes through it, read as the application reads them. Each day gets its own in-memory
// SQLite store seeded with the demo for that day, with the store's and the app's clocks set to
// the moment, so nothing here reads the wall clock. A day "fails" when a read throws or a named
// person would find nothing to do; the problems are returned in words for the assertion message.
import { openDueReturns } from '../../src/app/returns/open-returns.js';
import { myReturns } from '../../src/app/returns/my-returns.js';
import { buildDashboard } from '../../src/app/dashboard/index.js';
import { dryRunNudges } from '../../src/app/nudges/dry-run.js';
import { DEMO_PEOPLE_IDS, seedDemoCouncil } from '../../src/demo/index.js';
import {
  daysBetween,
  instantFromLondon,
  londonDate,
  periodContaining,
  previousPeriod,
} from '../../src/domain/periods/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import {
  buildQuarterlyReport,
  loadReportData,
  quarterCompletion,
} from '../../src/reports/index.js';

const LEVELS = ['strong', 'good', 'review', 'action'] as const;

/** How far back the newest fully authorised quarter may end and still count as "recent". */
export const RECENT_QUARTER_DAYS = 200;

export interface DayResult {
  at: string;
  today: string;
  problems: string[];
  /** Whether the nudge plan would send anything at this moment (false in quiet hours). */
  remindersPlanned: number;
  quiet: boolean;
  completeQuarter: string | null;
}

/** A London wall-clock time on a date as an instant, e.g. 09:00 (08:00 UTC in summer time). */
export function londonAt(date: string, time = '09:00'): string {
  return instantFromLondon(`${date}T${time}`);
}

export async function sweepMoment(at: string): Promise<DayResult> {
  const now = new Date(at);
  const store = openSqliteStore({ file: ':memory:', clock: () => now });
  const deps: AppDeps = { store, clock: { now: () => now } };
  const today = londonDate(now);
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      problems.push(`${name} threw: ${(error as Error).message}`);
      return null;
    }
  };
  let remindersPlanned = 0;
  let quiet = false;
  let completeQuarter: string | null = null;
  try {
    await seedDemoCouncil(store, { today });
    const opened = await step('opening due returns', () => openDueReturns(deps));
    // The demo already holds a return for every period that has ended, as the server expects.
    expect(opened === 0, `opening due returns after seeding created ${opened} more`);

    const collector = await step('the Collection Officer’s returns', () =>
      myReturns(deps, DEMO_PEOPLE_IDS.collectionOfficer),
    );
    expect((collector?.toEnter.length ?? 0) > 0, 'the Collection Officer has nothing to enter');
    expect(
      collector?.toEnter.some((r) => r.overdue) ?? false,
      'the Collection Officer has no overdue return',
    );
    const checker = await step('the Responsible Officer’s returns', () =>
      myReturns(deps, DEMO_PEOPLE_IDS.responsibleOfficer),
    );
    expect((checker?.toCheck.length ?? 0) > 0, 'the Responsible Officer has nothing to check');
    expect(
      checker?.toCheck.some((r) => r.rating.state === 'review' || r.rating.state === 'action') ??
        false,
      'the Responsible Officer has no off-target figure (one that needs an action plan) to check',
    );
    const authoriser = await step('the Authorising Officer’s returns', () =>
      myReturns(deps, DEMO_PEOPLE_IDS.authorisingOfficer),
    );
    expect(
      (authoriser?.toAuthorise.length ?? 0) > 0,
      'the Authorising Officer has nothing to authorise',
    );

    // The Leadership Team's dashboard opens on the last month that has ended.
    const dashboard = await step('the dashboard', () => buildDashboard(deps));
    const rated = dashboard
      ? LEVELS.reduce((n, level) => n + (dashboard.totals[level] ?? 0), 0)
      : 0;
    expect(rated > 0, `the dashboard for ${dashboard?.period.label ?? 'last month'} rates nothing`);

    const nudges = await step('the nudge plan', () => dryRunNudges(store, at));
    remindersPlanned = nudges?.plan.reminders.length ?? 0;
    quiet = nudges?.plan.quiet !== null && nudges !== null;

    // The newest quarter whose returns are all authorised, and its Quarterly Performance Report.
    let quarter = previousPeriod(periodContaining(today, 'quarter'));
    for (let n = 0; n < 4; n++, quarter = previousPeriod(quarter)) {
      const done = await step(`completion of ${quarter.label}`, () =>
        quarterCompletion(deps, quarter),
      );
      if (done?.complete) {
        completeQuarter = quarter.key;
        break;
      }
    }
    if (completeQuarter === null) {
      problems.push('no quarter of the last four is fully authorised');
    } else {
      expect(
        daysBetween(quarter.end, today) <= RECENT_QUARTER_DAYS,
        `the newest complete quarter (${quarter.label}) ended more than ${RECENT_QUARTER_DAYS} days ago`,
      );
      const report = await step(`the quarterly report for ${quarter.label}`, async () =>
        buildQuarterlyReport(await loadReportData(deps, quarter)),
      );
      expect(
        (report?.chapters.length ?? 0) > 0 && JSON.stringify(report).includes('Strong'),
        `the quarterly report for ${quarter.label} rates nothing`,
      );
    }
  } catch (error) {
    problems.push(`building the demo threw: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
  return { at, today, problems, remindersPlanned, quiet, completeQuarter };
}

/** Every calendar date from `from` to `to` inclusive. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to;) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
