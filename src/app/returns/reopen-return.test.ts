// Restating an authorised figure (issue 14 item 6), on a real SQLite store holding the demo council
// built for a fixed day and read at a fixed moment: only the performance team or the indicator's
// Authorising Officer may reopen it, before anything else is said; it needs a reason and the
// version the person saw; it goes back to the Collection Officer in one write with one audit line,
// keeps the earlier figure, runs the whole workflow again, and stays restated once re-authorised.
// The returns and people are found in the data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import {
  DEMO_DAY as TODAY,
  DEMO_NOW as NOW,
  demoAt,
  performanceTeam,
  returnIn,
  type ReturnCase,
} from '../../../test/support/demo-at.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { indicatorDetail } from '../indicators/indicators.js';
import { actOnReturn } from './act-on-return.js';
import { getReturnView } from './my-returns.js';
import { reopenReturn } from './reopen-return.js';

let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

interface Case extends ReturnCase {
  value: number;
  authorisedBy: string;
  authorisedAt: string;
}

/** An authorised figure whose officers are four different people, none of them admin. */
async function authorisedCase(skip: readonly string[] = []): Promise<Case> {
  const found = await returnIn(
    deps,
    'authorised',
    (v) => !skip.includes(v.indicator.id) && v.value !== null && !!v.authorisedAt,
  );
  const { value, authorisedBy, authorisedAt } = found.view;
  return { ...found, value: value!, authorisedBy: authorisedBy!.id, authorisedAt: authorisedAt! };
}

const stored = async (id: string) => (await deps.store.get('returns', id))!;

/** Reopens as `who` through the tab, naming the version they saw. */
const reopenAs = (who: string, id: string, version: string, reason: string) =>
  reopenReturn(deps, who, id, { version, reason }, 'tab');

describe('who may reopen an authorised figure', () => {
  it('refuses everyone but the performance team and the Authorising Officer, before anything else', async () => {
    const c = await authorisedCase();
    for (const who of [c.indicator.collectorId, c.indicator.responsibleId, c.bystander.id]) {
      // A stale version and no reason: the role is still what is refused.
      await expect(reopenAs(who, c.returnId, 'stale', '')).rejects.toThrow(ForbiddenError);
      expect((await getReturnView(deps, who, c.returnId))!.mayReopen).toBe(false);
    }
    await expect(reopenAs('nobody-known', c.returnId, c.version, 'x')).rejects.toThrow(
      ForbiddenError,
    );
    expect((await stored(c.returnId)).version).toBe(c.version);
    expect(await deps.store.audit({ list: 'returns', itemId: c.returnId })).not.toContainEqual(
      expect.objectContaining({ event: 'return.reopened' }),
    );
    for (const who of [c.indicator.authoriserId, c.admin.id]) {
      expect((await getReturnView(deps, who, c.returnId))!.mayReopen).toBe(true);
    }
  });

  it('lets the performance team reopen it, and the Authorising Officer reopen another', async () => {
    const first = await authorisedCase();
    const byAdmin = await reopenAs(first.admin.id, first.returnId, first.version, 'Counted twice');
    expect(byAdmin.state).toBe('due');
    expect(byAdmin.restatements[0]?.reopenedBy?.id).toBe(first.admin.id);

    const second = await authorisedCase([first.indicator.id]);
    const byAuthoriser = await reopenReturn(
      deps,
      second.indicator.authoriserId,
      second.returnId,
      { version: second.version, reason: 'Wrong month' },
      'card',
    );
    expect(byAuthoriser.state).toBe('due');
    expect(byAuthoriser.restatements[0]?.reopenedBy?.id).toBe(second.indicator.authoriserId);
  });
});

describe('what reopening needs', () => {
  it('needs a reason, at most 1000 characters, naming the field', async () => {
    const c = await authorisedCase();
    for (const reason of ['', '   ', 'x'.repeat(1001)]) {
      const attempt = reopenAs(c.admin.id, c.returnId, c.version, reason);
      await expect(attempt).rejects.toThrow(ValidationError);
      await expect(attempt).rejects.toMatchObject({ problems: [{ field: 'reason' }] });
    }
    expect((await stored(c.returnId)).fields.state).toBe('authorised');
  });

  it('refuses a figure that is not authorised, saying why', async () => {
    const [admin] = performanceTeam(await loadCatalogue(deps.store));
    let tried = 0;
    for (const state of ['due', 'submitted', 'checked'] as const) {
      const [item] = await deps.store.query('returns', { state });
      if (!item) continue;
      tried++;
      const attempt = reopenAs(admin!.id, item.id, item.version, 'wrong');
      await expect(attempt).rejects.toThrow(WorkflowError);
      await expect(attempt).rejects.toThrow(/Only an authorised figure can be reopened/);
      expect((await stored(item.id)).version).toBe(item.version);
    }
    expect(tried, `the demo council has figures still in the workflow on ${TODAY}`).toBeGreaterThan(
      0,
    );
  });

  it('says when there is no such return', async () => {
    const { admin } = await authorisedCase();
    await expect(reopenAs(admin.id, 'no-such-return', '1', 'wrong')).rejects.toThrow(NotFoundError);
  });

  it('refuses a version that has moved on, changing nothing', async () => {
    const c = await authorisedCase();
    const attempt = reopenAs(c.indicator.authoriserId, c.returnId, `${c.version}-old`, 'wrong');
    await expect(attempt).rejects.toThrow(ConflictError);
    const after = await stored(c.returnId);
    expect(after.version).toBe(c.version);
    expect(after.fields.restatements ?? []).toEqual([]);
  });
});

describe('reopening an authorised figure', () => {
  it('sends it back in one write, keeps the earlier figure and writes the audit', async () => {
    const c = await authorisedCase();
    const auditBefore = await deps.store.audit({ list: 'returns', itemId: c.returnId });
    const view = await reopenAs(
      c.indicator.authoriserId,
      c.returnId,
      c.version,
      '  The evidence shows an extra digit  ',
    );
    expect(view).toMatchObject({
      state: 'due',
      value: null,
      enteredBy: null,
      checkedBy: null,
      authorisedBy: null,
      authorisedAt: null,
      mayReopen: false,
    });
    const after = await stored(c.returnId);
    expect(after.fields.restatements).toEqual([
      expect.objectContaining({
        value: c.value,
        authorisedBy: c.authorisedBy,
        authorisedAt: c.authorisedAt,
        reopenedBy: c.indicator.authoriserId,
        reopenedAt: NOW,
        reason: 'The evidence shows an extra digit',
      }),
    ]);
    // Dates as people read them, in London.
    expect(view.restatements[0]).toMatchObject({
      reopenedOn: '20/11/2025',
      reason: 'The evidence shows an extra digit',
    });
    expect(view.restatements[0]!.authorisedOn).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // One write: one more audit line, from authorised to due, saying who, through what and why.
    const auditAfter = await deps.store.audit({ list: 'returns', itemId: c.returnId });
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    const line = auditAfter.find((a) => a.event === 'return.reopened')!;
    expect(line).toMatchObject({
      actorId: c.indicator.authoriserId,
      channel: 'tab',
      note: 'The evidence shows an extra digit',
    });
    expect(line.before).toMatchObject({ state: 'authorised' });
    expect(line.after).toMatchObject({ state: 'due' });

    // The indicator page marks it in words.
    const detail = await indicatorDetail(deps, c.indicator.code, c.admin.id);
    const row = detail.history.find((r) => r.returnId === c.returnId)!;
    expect(row.restated).toBe('Restated — The evidence shows an extra digit');
    expect(row.restatements).toHaveLength(1);
  });

  it('runs the whole workflow again, and the re-authorised figure stays restated', async () => {
    const c = await authorisedCase();
    const { collectorId, responsibleId, authoriserId } = c.indicator;
    const reopened = await reopenAs(c.admin.id, c.returnId, c.version, 'Counted twice');
    // Reopened, it is the Collection Officer's to enter, and nobody else's to check or authorise.
    const theirs = (await getReturnView(deps, collectorId, c.returnId))!;
    expect(theirs.allowed).toContain('enter');
    // …told why, where a send-back is said.
    expect(theirs).toMatchObject({
      sentBackReason: 'Counted twice',
      sentBackBy: { id: c.admin.id },
    });
    expect((await getReturnView(deps, responsibleId, c.returnId))!.allowed).not.toContain('check');

    const value = reopened.target ?? c.value;
    const entered = await actOnReturn(deps, {
      returnId: c.returnId,
      version: reopened.version,
      event: { type: 'enter', value, commentary: 'Corrected', plausibilityConfirmed: true },
      actorId: collectorId,
      channel: 'tab',
    });
    expect(entered.view.state).toBe('submitted');
    const [plan] = await deps.store.query('actionPlans', {
      indicatorId: c.indicator.id,
      status: 'open',
    });
    const checked = await actOnReturn(deps, {
      returnId: c.returnId,
      version: entered.view.version,
      event: { type: 'check', actionPlanId: plan?.id ?? null },
      actorId: responsibleId,
      channel: 'tab',
    });
    expect(checked.view.state).toBe('checked');
    const authorised = await actOnReturn(deps, {
      returnId: c.returnId,
      version: checked.view.version,
      event: { type: 'authorise' },
      actorId: authoriserId,
      channel: 'tab',
    });
    expect(authorised.view).toMatchObject({ state: 'authorised', value, mayReopen: true });
    expect(authorised.view.restatements.map((r) => r.reason)).toEqual(['Counted twice']);
    expect(authorised.view.sentBackReason).toBeNull();
    const trail = await deps.store.audit({ list: 'returns', itemId: c.returnId });
    expect(trail.map((a) => a.event)).toEqual(
      expect.arrayContaining(['return.reopened', 'return.resubmitted', 'return.authorised']),
    );

    // Restated again, the list grows, oldest first.
    const again = await reopenAs(authoriserId, c.returnId, authorised.view.version, 'Still wrong');
    expect(again.restatements.map((r) => [r.valueText, r.reason])).toEqual([
      [reopened.restatements[0]!.valueText, 'Counted twice'],
      [authorised.view.valueText, 'Still wrong'],
    ]);
  });
});
