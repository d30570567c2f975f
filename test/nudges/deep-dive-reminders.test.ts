// Deep-dive reviews are nudged in the same digest as returns (issue 16): the lead is reminded as
// the due date comes (the working day before, then on the day), once (the ledger), with a button
// that opens the review's card; an overdue review is said to be overdue and goes on to the
// performance team; a closed review, or one whose date has moved, is not reminded; a lead who has
// left is not reminded, the performance team is. Reviews and people come from the demo; the clock
// is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dryRunNudges, runNudgeCycle } from '../../src/app/nudges/index.js';
import { deepDiveSubjectId, sourceOf } from '../../src/app/nudges/sources/index.js';
import { closeDeepDive, updateDeepDive } from '../../src/app/deep-dives/index.js';
import type { DeepDiveReview } from '../../src/domain/model/types.js';
import { conversationIdOf, londonDate, nudgeWorld, type NudgeWorld } from './setup.js';

/** Thursday 20/11/2025. */
const AT = new Date('2025-11-20T10:00:00Z');
const TODAY = londonDate(AT.toISOString());
const NEXT_WORKING_DAY = '2025-11-21';
const FOUR_WORKING_DAYS_AGO = '2025-11-14';
const FIVE_WORKING_DAYS_AGO = '2025-11-13';
const SYSTEM = { actorId: 'test', channel: 'system' as const };

let world: NudgeWorld;
beforeEach(async () => {
  world = await nudgeWorld(AT);
});
afterEach(() => world.close());

async function admins() {
  const people = await world.deps.store.query('people');
  return people.filter((p) => p.fields.roles.includes('admin'));
}

/** The demo's open review, put at `patch` directly (as if it had been so all along). */
async function openReview(patch: Partial<DeepDiveReview>) {
  const [item] = await world.deps.store.query('deepDiveReviews', { status: 'open' });
  await world.deps.store.update('deepDiveReviews', item!.id, item!.version, patch, SYSTEM);
  return (await world.deps.store.get('deepDiveReviews', item!.id))!;
}

const subjectOf = (id: string, date: string) => `dd:${deepDiveSubjectId(id, date)}`;

describe('deep-dive reviews in the digest', () => {
  it('reminds the lead the working day before and on the day, once each', async () => {
    const review = await openReview({ dueDate: NEXT_WORKING_DAY });
    const lead = review.fields.leadOfficerId;
    const subject = subjectOf(review.id, NEXT_WORKING_DAY);
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const mine = run.plan.reminders.filter((r) => r.returnId === subject);
    expect(mine.map((r) => [r.stage, r.recipientId])).toEqual([['day-before', lead]]);
    const indicator = (await world.deps.store.get('indicators', review.fields.indicatorId))!;
    expect(mine[0]!.reason).toBe(
      `${indicator.fields.code} deep-dive review, due 21/11/2025: 1 working day before`,
    );

    await runNudgeCycle(world.deps, world.options);
    const to = conversationIdOf(lead);
    const sent = world.standIn.deliveries.filter((d) => d.conversationId === to);
    expect(sent).toHaveLength(1);
    const card = JSON.stringify(sent[0]!.body);
    expect(card).toContain('Deep-dive review · due 21/11/2025');
    expect(card).toContain('"verb":"deepDive.refresh"');
    expect(card).toContain(`"deepDiveId":"${review.id}"`);
    expect(card).toContain('Open the deep-dive review');

    // The ledger: a second cycle the same day sends the lead nothing more.
    await runNudgeCycle(world.deps, world.options);
    expect(world.standIn.deliveries.filter((d) => d.conversationId === to)).toHaveLength(1);

    // On the day itself, a reminder of its own.
    const onTheDay = await openReview({ dueDate: TODAY });
    const day = await dryRunNudges(world.deps.store, AT.toISOString());
    expect(
      day.plan.reminders
        .filter((r) => r.returnId === subjectOf(onTheDay.id, TODAY))
        .map((r) => [r.stage, r.recipientId]),
    ).toEqual([['due-day', lead]]);
  });

  it('says an overdue review is overdue, and escalates it to the performance team', async () => {
    const late = await openReview({ dueDate: FOUR_WORKING_DAYS_AGO });
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const of = (date: string, r: { returnId: string }) => r.returnId === subjectOf(late.id, date);
    expect(
      run.plan.reminders
        .filter((r) => of(FOUR_WORKING_DAYS_AGO, r))
        .map((r) => [r.stage, r.recipientId, r.reason.replace(/^\S+ /, '')]),
    ).toEqual([
      [
        'overdue',
        late.fields.leadOfficerId,
        'deep-dive review, due 14/11/2025: 4 working days overdue',
      ],
    ]);
    const later = await openReview({ dueDate: FIVE_WORKING_DAYS_AGO });
    const next = await dryRunNudges(world.deps.store, AT.toISOString());
    const escalated = next.plan.reminders.find(
      (r) => of(FIVE_WORKING_DAYS_AGO, r) && r.stage === 'escalate-responsible',
    )!;
    expect(escalated.reason).toMatch(/5 working days overdue, escalated to the performance team$/);
    expect((await admins()).map((a) => a.id)).toContain(escalated.recipientId);
    expect(later.fields.leadOfficerId).not.toBe(escalated.recipientId);
  });

  it('stops for a closed review or a moved date, and reminds the team when the lead has left', async () => {
    const review = await openReview({ dueDate: TODAY });
    const subject = subjectOf(review.id, TODAY);
    const { source, id } = sourceOf(subject);
    expect(await source.stillDue(world.deps.store, id)).toBe(true);

    // The lead leaves: the performance team is reminded instead, so someone can reassign it.
    const lead = (await world.deps.store.get('people', review.fields.leadOfficerId))!;
    await world.deps.store.update('people', lead.id, lead.version, { roles: [] }, SYSTEM);
    const left = await dryRunNudges(world.deps.store, AT.toISOString());
    const to = left.plan.reminders.filter((r) => r.returnId === subject).map((r) => r.recipientId);
    expect(to).toHaveLength(1);
    expect((await admins()).map((a) => a.id)).toContain(to[0]);

    const [admin] = await admins();
    const moved = await updateDeepDive(world.deps, admin!.id, review.id, {
      version: review.version,
      dueDate: '2026-01-15',
    });
    expect(await source.stillDue(world.deps.store, id)).toBe(false);
    await closeDeepDive(world.deps, admin!.id, review.id, {
      version: moved.version,
      findings: 'Found',
      outcome: 'Done',
    });
    const closedSubject = subjectOf(review.id, '2026-01-15');
    expect(await source.stillDue(world.deps.store, sourceOf(closedSubject).id)).toBe(false);
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    expect(run.plan.reminders.some((r) => r.returnId.startsWith('dd:'))).toBe(false);
  });
});
