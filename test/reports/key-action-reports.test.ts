// Key-action progress in the reports, on the demo council at the suite's moment (TEST_NOW): the
// quarterly report's key-action section shows each action's update for ITS quarter (not the latest
// copy on the action), "No update for this quarter" when the owner has not given one, and only
// checked updates when the council asks for checks. The Programme Board highlight report and the
// Business Plan Monitoring Statement are built from the same updates. Projects, quarters and
// updates are found in the data, never assumed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue } from '../../src/app/catalogue/index.js';
import { seedDemoCouncil } from '../../src/demo/index.js';
import { ACTION_STATUS_LABELS } from '../../src/domain/key-actions/index.js';
import type { KeyAction, KeyActionUpdate } from '../../src/domain/model/types.js';
import type { Store } from '../../src/domain/ports/store.js';
import {
  londonDate,
  parsePeriod,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../src/domain/periods/index.js';
import { keyActionRating, RATING_LABELS } from '../../src/domain/ratings/index.js';
import { buildReportDocument, checkRequest } from '../../src/reports/index.js';
import type {
  Block,
  KeyActionEntry,
  ProjectEntry,
  ReportDocument,
} from '../../src/reports/model/types.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { TEST_NOW } from '../support/test-clock.js';

const today = londonDate(TEST_NOW);
const deps = (store: Store) => ({ store, clock: { now: () => TEST_NOW } });
const ctx = { actorId: 'test', channel: 'system' as const };
/** The latest quarter that has ended: the demo leaves some of its updates still due. */
const quarter: Period = previousPeriod(periodContaining(today, 'quarter'));

let store: Store;
let cat: Catalogue;
let updates: KeyActionUpdate[];

async function seeded(): Promise<Store> {
  const s = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(s, { today });
  return s;
}

beforeAll(async () => {
  store = await seeded();
  cat = await loadCatalogue(store);
  updates = (await store.query('keyActionUpdates')).map((u) => ({ ...u.fields, id: u.id }));
});
afterAll(() => store.close());

const blocks = (report: ReportDocument, chapter?: string): Block[] =>
  report.chapters
    .filter((c) => chapter === undefined || c.id === chapter)
    .flatMap((c) => c.sections.flatMap((s) => s.blocks));

function keyActionEntries(report: ReportDocument, chapter?: string): KeyActionEntry[] {
  return blocks(report, chapter).flatMap((b) =>
    b.kind === 'key-actions' || b.kind === 'key-action-group' ? b.entries : [],
  );
}

const actionsOfYear = (year: string): KeyAction[] => {
  const plans = new Set(
    cat.servicePlans.filter((sp) => sp.year === year && !sp.retired).map((sp) => sp.id),
  );
  return cat.keyActions.filter((a) => plans.has(a.servicePlanId) && !a.retired);
};

const updateOf = (actionId: string, periodKey: string) =>
  updates.find((u) => u.keyActionId === actionId && u.periodKey === periodKey);

/** What the report must say for an action whose update for the period counts. */
function expectShows(entry: KeyActionEntry, u: KeyActionUpdate): void {
  expect(entry.status, entry.code).toBe(ACTION_STATUS_LABELS[u.status!]);
  expect(entry.percentText, entry.code).toBe(`${u.percentComplete}%`);
  expect(entry.rating.label, entry.code).toBe(
    RATING_LABELS[keyActionRating(u.status!, u.outcome ?? 'as-expected')],
  );
  expect(entry.commentary, entry.code).toBe(u.commentary);
  expect(entry.nextMilestone, entry.code).toBe(u.nextMilestone);
}

describe("the quarterly report's key-action progress", () => {
  it("shows each action's update for the quarter, and says when the owner has given none", async () => {
    let shown = 0;
    let missing = 0;
    // The latest ended quarter and the one running now (whose updates are not yet due).
    for (const q of [quarter, periodContaining(today, 'quarter')]) {
      const report = await buildReportDocument(deps(store), 'quarterly', q);
      const entries = keyActionEntries(report, 'key-actions');
      expect(new Set(entries.map((e) => e.code))).toEqual(
        new Set(actionsOfYear(q.year).map((a) => a.code)),
      );
      for (const entry of entries) {
        const u = updateOf(entry.id, q.key);
        if (u && u.state !== 'due') {
          expectShows(entry, u);
          shown++;
        } else {
          expect(entry.status, entry.code).toBe('No update for this quarter');
          expect(entry.rating.label).toBe('No update');
          expect(entry.percentText).toBe('–');
          expect(entry.note).toContain(`has not submitted an update for ${q.label}`);
          missing++;
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
  });

  it('reads an earlier quarter from its own updates, not from the latest copy on the action', async () => {
    // Q1 of the quarter's year (or of the year before, when the quarter is itself a Q1).
    const year = quarter.index > 1 ? quarter.year : previousPeriod(parsePeriod(quarter.year)).key;
    const earlier = parsePeriod(`${year} Q1`);
    const report = await buildReportDocument(deps(store), 'quarterly', earlier);
    const entries = keyActionEntries(report, 'key-actions');
    let differs = 0;
    for (const entry of entries) {
      const u = updateOf(entry.id, earlier.key);
      if (!u || u.state === 'due') continue;
      expectShows(entry, u);
      const action = cat.keyActions.find((a) => a.id === entry.id)!;
      if (action.percentComplete !== u.percentComplete) differs++;
    }
    expect(differs, 'some action has moved on since that quarter').toBeGreaterThan(0);
  });

  it('counts only checked updates when the council asks service heads to check them', async () => {
    const own = await seeded();
    try {
      const existing = await own.query('settings', { key: 'keyActionUpdatesNeedCheck' });
      if (existing[0]) {
        await own.update('settings', existing[0].id, existing[0].version, { value: true }, ctx);
      } else {
        await own.create('settings', { key: 'keyActionUpdatesNeedCheck', value: true }, ctx);
      }
      const items = await own.query('keyActionUpdates', { periodKey: quarter.key });
      const submitted = items.filter((u) => u.fields.state === 'submitted');
      expect(submitted.length).toBeGreaterThan(1);
      const [checked] = submitted;
      await own.update(
        'keyActionUpdates',
        checked!.id,
        checked!.version,
        { state: 'checked' },
        ctx,
      );
      const report = await buildReportDocument(deps(own), 'quarterly', quarter);
      const entries = keyActionEntries(report, 'key-actions');
      const byId = new Map(entries.map((e) => [e.id, e]));
      expectShows(byId.get(checked!.fields.keyActionId)!, {
        ...checked!.fields,
        id: checked!.id,
      });
      const waiting = byId.get(submitted[1]!.fields.keyActionId)!;
      expect(waiting.status).toBe('No update for this quarter');
      expect(waiting.note).toContain("waiting for the service head's check");
      expect(
        report.chapters.find((c) => c.id === 'key-actions')!.sections[0]!.blocks.at(-1),
      ).toMatchObject({
        kind: 'paragraph',
        text: expect.stringContaining('once the service head has checked it'),
      });
    } finally {
      await own.close();
    }
  });
});

/**
 * The quarter the Programme Board would meet on: the latest ended one whose corporate projects
 * have updates; early in a year, before any has ended, the quarter running now.
 */
function highlightQuarter(): Period {
  let q = quarter;
  for (let n = 0; n < 8; n++, q = previousPeriod(q)) {
    const projects = actionsOfYear(q.year).filter((a) => a.corporateProject);
    if (projects.some((p) => updateOf(p.id, q.key)?.state === 'submitted')) return q;
  }
  return periodContaining(today, 'quarter');
}

describe('the Programme Board highlight report', () => {
  it('has each corporate project of the year with its progress, milestones, issues and next steps', async () => {
    const q = highlightQuarter();
    const { period } = checkRequest({ kind: 'highlight', period: q.key, format: 'pdf' });
    const report = await buildReportDocument(deps(store), 'highlight', period);
    const projects = actionsOfYear(q.year).filter((a) => a.corporateProject);
    expect(projects.length, 'the demo has corporate projects').toBeGreaterThan(1);
    const entries = blocks(report).flatMap((b): ProjectEntry[] =>
      b.kind === 'project' ? [b.entry] : [],
    );
    expect(entries.map((e) => e.code).sort()).toEqual(projects.map((p) => p.code).sort());
    expect(report.chapters.map((c) => c.heading)).toEqual([
      'Summary',
      ...entries.map((e) => `${e.code} ${e.title}`),
    ]);
    const asOf = today < q.end ? today : q.end;
    for (const entry of entries) {
      const action = projects.find((p) => p.code === entry.code)!;
      const u = updateOf(action.id, q.key);
      if (u && u.state !== 'due') expectShows(entry, u);
      else expect(entry.status).toBe('No update for this quarter');
      expect(entry.milestones.length).toBe(action.milestones.length);
      for (const m of action.milestones) {
        const shown = entry.milestones.find((s) => s.title === m.title)!;
        expect(shown.dueDate).toMatch(/^\d\d\/\d\d\/\d{4}$/);
        expect(shown.dueDate).toBe(m.dueDate.split('-').reverse().join('/'));
        expect(shown.state).toBe(m.done ? 'Done' : m.dueDate < asOf ? 'Overdue' : 'Due');
      }
      // Issues: what the owner said in each update of the year that put the project at risk.
      const atRisk = updates.filter(
        (x) =>
          x.keyActionId === action.id &&
          x.state !== 'due' &&
          ['some-risk', 'unlikely'].includes(x.status ?? '') &&
          parsePeriod(x.periodKey).year === q.year &&
          parsePeriod(x.periodKey).end <= q.end,
      );
      expect(entry.issues.map((i) => i.commentary)).toEqual(atRisk.map((x) => x.commentary));
      expect(entry.nextSteps.length).toBeGreaterThan(0);
      expect(entry.owner).toBe(cat.people.get(action.ownerId)!.name);
    }
    const summary = blocks(report, 'summary').find((b) => b.kind === 'project-summary');
    expect(summary && summary.kind === 'project-summary' && summary.entries.length).toBe(
      projects.length,
    );
  });

  it('covers a quarter only', () => {
    expect(() => checkRequest({ kind: 'highlight', period: quarter.year, format: 'pdf' })).toThrow(
      /quarter/,
    );
  });
});

describe('the Business Plan Monitoring Statement', () => {
  it('is made at the half year or the year end, and refuses other periods naming the field', () => {
    const at = (period: string) =>
      checkRequest({ kind: 'monitoring', period, format: 'docx' }).period.key;
    const year = quarter.year;
    expect(at(`${year} H1`)).toBe(`${year} H1`);
    expect(at(`${year} Q2`)).toBe(`${year} H1`);
    expect(at(`${year} Q4`)).toBe(year);
    expect(at(`${year} H2`)).toBe(year);
    expect(at(year)).toBe(year);
    try {
      at(`${year} Q1`);
      expect.unreachable();
    } catch (err) {
      expect((err as { problems: { field: string }[] }).problems[0]!.field).toBe('period');
      expect(String(err)).toMatch(/half year .*30\/09\/\d{4}.*year end/);
    }
  });

  it('groups every service plan’s key actions by status, with counts per service', async () => {
    // The half year of the latest ended quarter's year (or the year end, once the year is over).
    const { period } = checkRequest({
      kind: 'monitoring',
      period: quarter.index <= 2 ? `${quarter.year} H1` : quarter.year,
      format: 'pdf',
    });
    const report = await buildReportDocument(deps(store), 'monitoring', period);
    const actions = actionsOfYear(period.year);
    const plans = cat.servicePlans.filter((sp) => sp.year === period.year && !sp.retired);
    const entries = keyActionEntries(report, 'service-plans');
    expect(entries.map((e) => e.code).sort()).toEqual(actions.map((a) => a.code).sort());
    expect(report.chapters[1]!.sections.length).toBe(plans.length);
    const counts = blocks(report, 'summary').find((b) => b.kind === 'status-counts');
    if (counts?.kind !== 'status-counts') throw new Error('no counts table');
    expect(counts.counts.rows.length).toBe(plans.length);
    expect(counts.counts.totals.total).toBe(actions.length);
    for (const [i, column] of counts.counts.columns.entries()) {
      const sum = counts.counts.rows.reduce((s, r) => s + r.counts[i]!, 0);
      expect(sum, column).toBe(counts.counts.totals.counts[i]);
    }
    // Each group holds only actions of its status, under a heading that says so and counts them.
    for (const b of blocks(report, 'service-plans')) {
      if (b.kind !== 'key-action-group') continue;
      const words = new Set(b.entries.map((e) => e.status));
      expect(words.size).toBe(1);
      const [status] = [...words];
      expect(b.heading).toBe(
        `${status!.startsWith('No update') ? 'No update' : status} (${b.entries.length})`,
      );
    }
    // Statuses in words.
    const words = [...Object.values(ACTION_STATUS_LABELS), 'No update for this half-year'];
    for (const e of entries) expect([...words, 'No update for this year']).toContain(e.status);
  });
});
