// Deep-dive reviews as use cases on a real SQLite store holding the demo council (its fixed day):
// the performance team opens one, its lead writes it, the team reassigns it when the lead leaves,
// either closes it with findings and an outcome, and then it is read-only. People, indicators and
// reviews are found in the data; the clock is set (demoAt).
import { beforeEach, describe, expect, it } from 'vitest';
import { bystanderOf, demoAt, performanceTeam } from '../../../test/support/demo-at.js';
import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { Indicator, Person } from '../../domain/model/types.js';
import { addDays, londonDate } from '../../domain/periods/index.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import {
  closeDeepDive,
  getDeepDive,
  listDeepDives,
  openDeepDive,
  updateDeepDive,
  type DeepDiveView,
} from './index.js';

let deps: AppDeps;
let cat: Catalogue;
let today: string;
let admin: Person;
/** A live indicator with no review yet, whose Responsible Officer is not in the team. */
let flagged: Indicator;
/** The demo's review under way. */
let underWay: DeepDiveView;

async function problemsOf(p: Promise<unknown>): Promise<string[]> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).problems.map((x) => x.field);
}

beforeEach(async () => {
  deps = await demoAt();
  cat = await loadCatalogue(deps.store);
  today = londonDate(deps.clock.now());
  admin = performanceTeam(cat)[0]!;
  const reviewed = new Set(
    (await deps.store.query('deepDiveReviews')).map((r) => r.fields.indicatorId),
  );
  flagged = [...cat.indicators.values()].find(
    (i) =>
      !i.retired &&
      !reviewed.has(i.id) &&
      !cat.people.get(i.responsibleId)?.roles.includes('admin'),
  )!;
  underWay = (await listDeepDives(deps, admin.id, { status: 'open' }))[0]!;
});

const opening = () => ({
  indicator: flagged.code.toLowerCase(),
  trigger: 'committee',
  requestedBy: 'Overview and Scrutiny Committee',
  scope: 'Why the figure has stayed under target',
  leadOfficerId: flagged.responsibleId,
  dueDate: addDays(today, 30),
});

describe('opening a deep-dive review', () => {
  it('the performance team opens one, recording which committee asked', async () => {
    const view = await openDeepDive(deps, admin.id, opening());
    expect(view).toMatchObject({
      indicator: { id: flagged.id, code: flagged.code },
      trigger: 'committee',
      triggerWords: 'Asked for by Overview and Scrutiny Committee',
      lead: { id: flagged.responsibleId, hasLeft: false },
      status: 'open',
      state: 'under-way',
      answered: 0,
      may: { write: true, manage: true, close: true },
    });
    expect(view.questions).toHaveLength(6);
    const audit = await deps.store.audit({ list: 'deepDiveReviews', itemId: view.id });
    expect(audit.map((a) => a.event)).toEqual(['deep-dive.opened']);
    // One at a time: a second for the same indicator is refused, naming the field.
    expect(await problemsOf(openDeepDive(deps, admin.id, opening()))).toEqual(['indicator']);
  });

  it('refuses anyone else before looking at the input, even the indicator’s own officer', async () => {
    for (const id of [flagged.responsibleId, bystanderOf(cat, flagged)!.id]) {
      await expect(openDeepDive(deps, id, { dueDate: 'soon' })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect(await deps.store.query('deepDiveReviews', { indicatorId: flagged.id })).toEqual([]);
  });

  it('names every field that is wrong, and writes nothing', async () => {
    const fields = await problemsOf(
      openDeepDive(deps, admin.id, {
        indicator: 'NOPE99',
        trigger: 'whim',
        scope: '  ',
        leadOfficerId: 'nobody',
        dueDate: today,
      }),
    );
    expect(fields).toEqual(['indicator', 'trigger', 'scope', 'leadOfficerId', 'dueDate']);
    const committee = await problemsOf(
      openDeepDive(deps, admin.id, { ...opening(), requestedBy: '' }),
    );
    expect(committee).toEqual(['requestedBy']);
    expect(await deps.store.query('deepDiveReviews', { indicatorId: flagged.id })).toEqual([]);
  });
});

describe('writing a review', () => {
  it('its lead writes answers (merged with those written before) and findings', async () => {
    const before = underWay.questions.filter((q) => q.answer).map((q) => q.key);
    expect(before.length).toBeGreaterThan(0);
    const view = await updateDeepDive(deps, underWay.lead.id, underWay.id, {
      version: underWay.version,
      answers: { predictedPerformanceIfNothingMore: 'About 70% by March' },
      findings: 'Crew capacity is the cause',
    });
    expect(view.answered).toBe(underWay.answered + 1);
    for (const key of before) {
      expect(view.questions.find((q) => q.key === key)!.answer).toBe(
        underWay.questions.find((q) => q.key === key)!.answer,
      );
    }
    expect(view.findings).toBe('Crew capacity is the cause');
    expect(view.may).toEqual({ write: true, manage: false, close: true });
  });

  it('refuses a stranger, the lead changing what the team decides, and a stale version', async () => {
    const indicator = cat.indicators.get(underWay.indicator.id)!;
    const stranger = bystanderOf(cat, indicator)!;
    await expect(
      updateDeepDive(deps, stranger.id, underWay.id, { answers: 'not even an object' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateDeepDive(deps, underWay.lead.id, underWay.id, {
        version: underWay.version,
        dueDate: addDays(today, 90),
      }),
    ).rejects.toThrow(/Only the performance team may change the review’s dueDate/);
    await updateDeepDive(deps, admin.id, underWay.id, {
      version: underWay.version,
      recommendations: 'Recruit two drivers',
    });
    await expect(
      updateDeepDive(deps, underWay.lead.id, underWay.id, {
        version: underWay.version,
        findings: 'On a stale view',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getDeepDive(deps, admin.id, underWay.id)).findings).toBe('');
  });

  it('names a question that is not one, and an action plan of another indicator', async () => {
    const other = (await deps.store.query('actionPlans')).find(
      (p) => p.fields.indicatorId !== underWay.indicator.id,
    )!;
    expect(
      await problemsOf(
        updateDeepDive(deps, admin.id, underWay.id, {
          version: underWay.version,
          answers: { whyNot: 'x', implications: 42 },
          actionPlanId: other.id,
        }),
      ),
    ).toEqual(['answers.whyNot', 'answers.implications', 'actionPlanId']);
    expect(
      await problemsOf(updateDeepDive(deps, admin.id, underWay.id, { version: underWay.version })),
    ).toEqual(['answers']);
  });

  it('links one of the indicator’s own action plans, when it has one', async () => {
    const mine = underWay.actionPlanChoices[0];
    if (!mine) return expect(underWay.actionPlanChoices).toEqual([]);
    const view = await updateDeepDive(deps, underWay.lead.id, underWay.id, {
      version: underWay.version,
      actionPlanId: mine.id,
    });
    expect(view.actionPlan).toEqual(mine);
  });

  it('is never left with nobody to act: the team reassigns it when its lead leaves', async () => {
    const lead = (await deps.store.get('people', underWay.lead.id))!;
    // Retired, as the admin's retirePerson leaves a person: no roles.
    await deps.store.update(
      'people',
      lead.id,
      lead.version,
      { roles: [], delegateId: null },
      {
        actorId: admin.id,
        channel: 'tab',
        event: 'person.retired',
      },
    );
    const seen = await getDeepDive(deps, admin.id, underWay.id);
    expect(seen.lead.hasLeft).toBe(true);
    await expect(
      updateDeepDive(deps, lead.id, underWay.id, { version: seen.version, findings: 'x' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // A leaver cannot be given it again.
    expect(
      await problemsOf(
        updateDeepDive(deps, admin.id, underWay.id, {
          version: seen.version,
          leadOfficerId: lead.id,
        }),
      ),
    ).toEqual(['leadOfficerId']);
    const next = [...cat.people.values()].find(
      (p) => p.id !== lead.id && p.roles.includes('officer') && !p.roles.includes('admin'),
    )!;
    const moved = await updateDeepDive(deps, admin.id, underWay.id, {
      version: seen.version,
      leadOfficerId: next.id,
    });
    expect(moved.lead).toEqual({ id: next.id, name: next.name, hasLeft: false });
    const audit = await deps.store.audit({ list: 'deepDiveReviews', itemId: underWay.id });
    expect(audit.map((a) => a.event)).toContain('deep-dive.reassigned');
    const written = await updateDeepDive(deps, next.id, underWay.id, {
      version: moved.version,
      findings: 'Picked up by the new lead',
    });
    expect(written.findings).toBe('Picked up by the new lead');
  });
});

describe('closing a review', () => {
  it('needs findings and an outcome, then is read-only to everyone', async () => {
    expect(
      await problemsOf(
        closeDeepDive(deps, underWay.lead.id, underWay.id, { version: underWay.version }),
      ),
    ).toEqual(['findings', 'outcome']);
    const closed = await closeDeepDive(deps, underWay.lead.id, underWay.id, {
      version: underWay.version,
      findings: 'Crew capacity',
      outcome: 'Two drivers recruited; plan monitored monthly',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      state: 'closed',
      closedBy: { id: underWay.lead.id },
      standing: `Closed ${today.slice(8)}/${today.slice(5, 7)}/${today.slice(0, 4)}`,
      may: { write: false, manage: false, close: false },
    });
    for (const who of [admin.id, underWay.lead.id]) {
      await expect(
        updateDeepDive(deps, who, underWay.id, { version: closed.version, findings: 'later' }),
      ).rejects.toBeInstanceOf(WorkflowError);
      await expect(
        closeDeepDive(deps, who, underWay.id, { version: closed.version, outcome: 'again' }),
      ).rejects.toBeInstanceOf(WorkflowError);
    }
    // Once closed, the indicator may have a new review opened.
    const again = await openDeepDive(deps, admin.id, {
      ...opening(),
      indicator: underWay.indicator.code,
      trigger: 'performance-team',
    });
    expect(again).toMatchObject({
      status: 'open',
      requestedBy: '',
      triggerWords: 'The performance team asked',
    });
  });

  it('lists open reviews first, then closed, and by indicator', async () => {
    const all = await listDeepDives(deps, admin.id);
    expect(all.map((r) => r.status)).toEqual(
      [...all.map((r) => r.status)].sort((a, b) => (a === 'open' ? -1 : b === 'open' ? 1 : 0)),
    );
    const one = await listDeepDives(deps, admin.id, { indicator: underWay.indicator.code });
    expect(one.map((r) => r.id)).toEqual([underWay.id]);
  });
});
