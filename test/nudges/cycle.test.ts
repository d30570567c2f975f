// The nudge cycle against the connector stand-in on a simulated clock: one digest per person,
// nothing twice, Teams' limits kept, 429/5xx retried, 403 recorded as permanent, reminders stopped
// by a submission, and a held lease keeping a second instance out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RateLimiter,
  TEAMS_LIMITS,
  acquireLease,
  reminderHistory,
  runNudgeCycle,
  simulatedTimer,
  type CycleOptions,
} from '../../src/app/nudges/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { type StandIn } from './connector-stand-in.js';
import { conversationIdOf, nudgeWorld, type NudgeWorld } from './setup.js';

const AT = new Date('2025-11-20T10:00:00Z');
let deps: AppDeps;
let standIn: StandIn;
let timer: ReturnType<typeof simulatedTimer>;
let options: CycleOptions;

let world: NudgeWorld;

beforeEach(async () => {
  world = await nudgeWorld(AT);
  ({ deps, standIn, timer, options } = world);
});
afterEach(() => world.close());

const ledger = async () => (await deps.store.query('reminderLedger')).map((e) => e.fields);

describe('the nudge cycle', () => {
  it('sends one digest per person, completes the ledger, and never sends twice', async () => {
    const first = await runNudgeCycle(deps, options);
    expect(first.ran).toBe(true);
    const people = new Set((await ledger()).map((e) => e.recipientId));
    expect(standIn.deliveries.length).toBe(people.size);
    expect(new Set(standIn.deliveries.map((d) => d.conversationId)).size).toBe(people.size);
    expect((await ledger()).every((e) => e.status === 'sent' && e.attempts === 1)).toBe(true);
    // Hamish has FP01 and FP05 due: both in one card.
    const cards = standIn.deliveries.map((d) => JSON.stringify(d.body));
    expect(cards.some((c) => c.includes('FP01') && c.includes('FP05'))).toBe(true);
    timer.advance(15 * 60_000);
    const again = await runNudgeCycle(deps, options);
    expect(again.sent).toBe(0);
    expect(standIn.deliveries.length).toBe(people.size);
    expect(standIn.limitViolations).toBe(0);
  });

  it('waits out a 429, retries a 503, and records a 403 as a permanent failure', async () => {
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    const entries = await deps.store.query('reminderLedger');
    expect(entries).toEqual([]);
    standIn.inject(
      conversationIdOf(officer),
      { status: 429, retryAfterSeconds: 7 },
      { status: 503 },
    );
    const before = timer.now();
    const report = await runNudgeCycle(deps, options);
    const mine = (await ledger()).filter((e) => e.recipientId === officer);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.status === 'sent' && e.attempts === 3)).toBe(true);
    expect(timer.now() - before).toBeGreaterThanOrEqual(7_000);
    expect(report.failed).toBe(0);

    const other = (await ledger()).find((e) => e.recipientId !== officer)!;
    await deps.store.delete(
      'reminderLedger',
      other.key,
      (await deps.store.get('reminderLedger', other.key))!.version,
      { actorId: 'test', channel: 'system' },
    );
    standIn.inject(conversationIdOf(other.recipientId), { status: 403 });
    const sentBefore = standIn.deliveries.length;
    await runNudgeCycle(deps, options);
    const entry = (await deps.store.get('reminderLedger', other.key))!.fields;
    expect(entry).toMatchObject({ status: 'permanent-failure', attempts: 1 });
    expect(entry.error).toMatch(/^403/);
    expect(standIn.deliveries.length).toBe(sentBefore);
    await runNudgeCycle(deps, options);
    expect((await deps.store.get('reminderLedger', other.key))!.fields.attempts).toBe(1);
    const history = await reminderHistory(deps.store, other.returnId, DEMO_PEOPLE_IDS.admin);
    expect(history.find((h) => h.key === other.key)?.status).toBe('permanent-failure');
  });

  it('gives up on a 5xx after bounded retries and a later cycle sends it', async () => {
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    standIn.inject(conversationIdOf(officer), ...Array(4).fill({ status: 500 }));
    await runNudgeCycle(deps, options);
    const mine = (await ledger()).filter((e) => e.recipientId === officer);
    expect(mine.every((e) => e.status === 'failed' && e.attempts === 4)).toBe(true);
    await runNudgeCycle(deps, options);
    const after = (await ledger()).filter((e) => e.recipientId === officer);
    expect(after.every((e) => e.status === 'sent' && e.attempts === 5)).toBe(true);
    expect(
      standIn.deliveries.filter((d) => d.conversationId === conversationIdOf(officer)),
    ).toHaveLength(1);
  });

  it('stops the moment a return is submitted', async () => {
    const due = await deps.store.query('returns', { state: 'due' });
    for (const r of due) {
      await deps.store.update(
        'returns',
        r.id,
        r.version,
        { state: 'submitted' },
        {
          actorId: 'test',
          channel: 'system',
        },
      );
    }
    // Key-action updates ride the same cycle (issue 13): give them too, so nothing is left due.
    for (const u of await deps.store.query('keyActionUpdates', { state: 'due' })) {
      await deps.store.update(
        'keyActionUpdates',
        u.id,
        u.version,
        { state: 'submitted' },
        {
          actorId: 'test',
          channel: 'system',
        },
      );
    }
    // And action plans (issue 14) are reminded on their own dates while open: close them.
    for (const p of await deps.store.query('actionPlans', { status: 'open' })) {
      await deps.store.update(
        'actionPlans',
        p.id,
        p.version,
        { status: 'closed', closedAt: '2025-10-01T09:00:00.000Z' },
        { actorId: 'test', channel: 'system' },
      );
    }
    // And risk reviews (issue 17) are reminded on their review dates while open: close the risks.
    for (const r of await deps.store.query('risks')) {
      await deps.store.update(
        'risks',
        r.id,
        r.version,
        { status: 'closed' },
        { actorId: 'test', channel: 'system' },
      );
    }
    const report = await runNudgeCycle(deps, options);
    expect(report.planned).toBe(0);
    expect(standIn.deliveries).toHaveLength(0);
  });

  it('keeps a second instance out while the lease is held', async () => {
    const held = await acquireLease(deps.store, 'nudge-cycle', 'other', 60_000, timer.now());
    expect(held).not.toBeNull();
    const report = await runNudgeCycle(deps, options);
    expect(report).toMatchObject({ ran: false, why: 'another instance holds the nudge lease' });
    timer.advance(61_000);
    expect((await runNudgeCycle(deps, options)).ran).toBe(true);
  });
});

describe('the rate limiter', () => {
  it('keeps 100 sends to one conversation and 200 across many within every Teams window', async () => {
    const t = simulatedTimer(0);
    const limiter = new RateLimiter(TEAMS_LIMITS, t);
    const one: number[] = [];
    for (let i = 0; i < 100; i++) {
      const answered = await limiter.acquire('a');
      one.push(t.now());
      answered();
    }
    for (const w of TEAMS_LIMITS.perConversation) {
      for (const s of one)
        expect(one.filter((x) => x >= s && x < s + w.ms).length).toBeLessThanOrEqual(w.max);
    }
    // 60 in 30 s: the 61st waits until 30 s after the first.
    expect(one[60]! - one[0]!).toBeGreaterThanOrEqual(30_000);
    const all: number[] = [];
    for (let i = 0; i < 200; i++) {
      const answered = await limiter.acquire(`c${i}`);
      all.push(t.now());
      answered();
    }
    for (const s of all)
      expect(all.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(30);
  });

  it('counts a send from its start until a window after its answer, however slow the answer', async () => {
    const t = simulatedTimer(0);
    const limiter = new RateLimiter(TEAMS_LIMITS, t);
    // 30 sends start at once and are not yet answered: the tenant's window is full.
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => limiter.acquire(`c${i}`)),
    );
    let started = -1;
    const next = limiter.acquire('c30').then((answered) => ((started = t.now()), answered));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(-1);
    // The first answer comes 400 ms later: the 31st send may start a second after that answer.
    t.advance(400);
    answers[0]!();
    answers.slice(1).forEach((answered) => answered());
    (await next)();
    expect(started).toBeGreaterThanOrEqual(1400);
    expect(started).toBeLessThan(1420);
  });
});
