// A person who blocked Golden Thread in Teams: the connector answers 403 with the sub-code
// `MessageWritesBlocked` (Teams docs, "Send proactive messages") and the code
// `ConversationBlockedByUser` ("Status codes from bot conversational APIs"). The performance team's
// reminder deliveries say the bot was blocked, with those codes, rather than a bare 403; another
// 403 keeps Teams' own message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderDeliveries, runNudgeCycle } from '../../src/app/nudges/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { conversationIdOf, nudgeWorld, type NudgeWorld } from './setup.js';

let world: NudgeWorld;
beforeEach(async () => {
  world = await nudgeWorld();
});
afterEach(() => world.close());

describe('a blocked bot', () => {
  it('is reported to the performance team as blocked, with its sub-code, and not retried', async () => {
    const { deps, standIn, options } = world;
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    standIn.inject(conversationIdOf(officer), { status: 403, blocked: true });
    const report = await runNudgeCycle(deps, options);
    expect(report.permanent).toBeGreaterThan(0);
    const admin = (await deps.store.get('people', DEMO_PEOPLE_IDS.admin))!.fields;
    const rows = await reminderDeliveries(deps, admin, { status: 'problems', top: 100 });
    const mine = rows.filter((r) => r.recipientId === officer);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) {
      expect(row.status).toBe('permanent-failure');
      expect(row.attempts).toBe(1);
      expect(row.error).toMatch(/^403 blocked: the person blocked Golden Thread in Teams/);
      expect(row.error).toContain('ConversationBlockedByUser, MessageWritesBlocked');
    }
    expect(standIn.deliveries.some((d) => d.conversationId === conversationIdOf(officer))).toBe(
      false,
    );
  });

  it('leaves other 403s as Teams described them', async () => {
    const { deps, standIn, options } = world;
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    standIn.inject(conversationIdOf(officer), { status: 403 });
    await runNudgeCycle(deps, options);
    const admin = (await deps.store.get('people', DEMO_PEOPLE_IDS.admin))!.fields;
    const rows = await reminderDeliveries(deps, admin, { status: 'problems', top: 100 });
    const mine = rows.filter((r) => r.recipientId === officer);
    expect(mine.length).toBeGreaterThan(0);
    for (const row of mine) {
      expect(row.error).toBe('403 injected 403');
    }
  });
});
