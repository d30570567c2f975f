// Risk reviews are nudged in the same digest as returns (issue 17): the owner is reminded as the
// review date comes, once (the ledger), with a button that opens the review card; an overdue review
// is said to be overdue and goes on to the performance team; a closed risk, or one reviewed since,
// is not reminded (the "still due" check). Risks and people come from the demo; the clock is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dryRunNudges, runNudgeCycle } from '../../src/app/nudges/index.js';
import { riskReviewId, sourceOf } from '../../src/app/nudges/sources/index.js';
import { recordRiskReview } from '../../src/app/risks/index.js';
import type { Risk } from '../../src/domain/model/types.js';
import { riskDerivedFields } from '../../src/domain/risks/index.js';
import { conversationIdOf, londonDate, nudgeWorld, type NudgeWorld } from './setup.js';

const AT = new Date('2025-11-20T10:00:00Z');
const TODAY = londonDate(AT.toISOString());
/** Working days before Thursday 20/11/2025: five is overdue long enough to escalate. */
const FIVE_WORKING_DAYS_AGO = '2025-11-13';
const FOUR_WORKING_DAYS_AGO = '2025-11-14';
const SYSTEM = { actorId: 'test', channel: 'system' as const };

let world: NudgeWorld;
beforeEach(async () => {
  world = await nudgeWorld(AT);
});
afterEach(() => world.close());

/** Two open demo risks of different owners outside the performance team. */
async function twoRisks() {
  const people = await world.deps.store.query('people');
  const admins = new Set(people.filter((p) => p.fields.roles.includes('admin')).map((p) => p.id));
  const open = (await world.deps.store.query('risks')).filter(
    (r) => r.fields.status !== 'closed' && !admins.has(r.fields.ownerId),
  );
  const first = open[0]!;
  const second = open.find((r) => r.fields.ownerId !== first.fields.ownerId)!;
  return { first, second, admins };
}

async function setRisk(id: string, patch: Partial<Pick<Risk, 'reviewDate' | 'status'>>) {
  const item = (await world.deps.store.get('risks', id))!;
  const f = { ...item.fields, ...patch };
  await world.deps.store.update(
    'risks',
    id,
    item.version,
    { ...patch, ...riskDerivedFields(f) },
    SYSTEM,
  );
  return (await world.deps.store.get('risks', id))!;
}

describe('risk reviews in the digest', () => {
  it('reminds the owner once on the review date, with the review card a click away', async () => {
    const { first } = await twoRisks();
    const risk = await setRisk(first.id, { reviewDate: TODAY });
    const subject = `rr:${riskReviewId(risk.id, TODAY)}`;
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const mine = run.plan.reminders.filter((r) => r.returnId === subject);
    expect(mine.map((r) => [r.stage, r.recipientId])).toEqual([['due-day', risk.fields.ownerId]]);
    expect(mine[0]!.reason).toBe(`${risk.fields.code} risk review, due 20/11/2025: due today`);

    await runNudgeCycle(world.deps, world.options);
    const to = conversationIdOf(risk.fields.ownerId);
    const sent = world.standIn.deliveries.filter((d) => d.conversationId === to);
    expect(sent).toHaveLength(1);
    const card = JSON.stringify(sent[0]!.body);
    expect(card).toContain(`${risk.fields.code} `);
    expect(card).toContain('Risk review · due 20/11/2025');
    expect(card).toContain('"verb":"risk.refresh"');
    expect(card).toContain(`"riskCode":"${risk.fields.code}"`);

    // The ledger: a second cycle the same day sends the owner nothing more.
    await runNudgeCycle(world.deps, world.options);
    expect(world.standIn.deliveries.filter((d) => d.conversationId === to)).toHaveLength(1);
  });

  it('says an overdue review is overdue, and escalates it to the performance team', async () => {
    const { first, second, admins } = await twoRisks();
    const late = await setRisk(first.id, { reviewDate: FOUR_WORKING_DAYS_AGO });
    const later = await setRisk(second.id, { reviewDate: FIVE_WORKING_DAYS_AGO });
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const of = (id: string, date: string) =>
      run.plan.reminders.filter((r) => r.returnId === `rr:${riskReviewId(id, date)}`);
    expect(
      of(late.id, FOUR_WORKING_DAYS_AGO).map((r) => [r.stage, r.recipientId, r.reason]),
    ).toEqual([
      [
        'overdue',
        late.fields.ownerId,
        `${late.fields.code} risk review, due 14/11/2025: 4 working days overdue`,
      ],
    ]);
    const escalated = of(later.id, FIVE_WORKING_DAYS_AGO).find(
      (r) => r.stage === 'escalate-responsible',
    )!;
    expect(escalated.reason).toBe(
      `${later.fields.code} risk review, due 13/11/2025: 5 working days overdue, escalated to the performance team`,
    );
    expect(admins.has(escalated.recipientId)).toBe(true);

    await runNudgeCycle(world.deps, world.options);
    const to = conversationIdOf(late.fields.ownerId);
    const card = JSON.stringify(
      world.standIn.deliveries.find((d) => d.conversationId === to)!.body,
    );
    expect(card).toContain('Risk review · due 14/11/2025 (overdue)');
    expect(card).toContain('4 working days overdue');
    expect(card).toContain('Open to review');
  });

  it('does not remind of a closed risk, nor of a review already made', async () => {
    const { first, second } = await twoRisks();
    const closed = await setRisk(first.id, { reviewDate: TODAY, status: 'closed' });
    const reviewed = await setRisk(second.id, { reviewDate: TODAY });
    const closedSubject = `rr:${riskReviewId(closed.id, TODAY)}`;
    const reviewedSubject = `rr:${riskReviewId(reviewed.id, TODAY)}`;
    expect(
      await sourceOf(reviewedSubject).source.stillDue(world.deps.store, reviewedSubject.slice(3)),
    ).toBe(true);

    await recordRiskReview(world.deps, reviewed.fields.ownerId, reviewed.fields.code, {
      version: reviewed.version,
      residualLikelihood: 2,
      residualImpact: 2,
      commentary: 'Reviewed early in the week',
    });
    const { source, id } = sourceOf(reviewedSubject);
    expect(await source.stillDue(world.deps.store, id)).toBe(false);
    expect(await source.stillDue(world.deps.store, sourceOf(closedSubject).id)).toBe(false);

    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const subjects = new Set(run.plan.reminders.map((r) => r.returnId));
    expect(subjects.has(closedSubject)).toBe(false);
    expect(subjects.has(reviewedSubject)).toBe(false);
    await runNudgeCycle(world.deps, world.options);
    // No digest carries a button for either: their cards are not sent.
    const bodies = world.standIn.deliveries.map((d) => JSON.stringify(d.body));
    for (const code of [closed.fields.code, reviewed.fields.code]) {
      expect(bodies.some((b) => b.includes(`"riskCode":"${code}"`))).toBe(false);
    }
  });
});
