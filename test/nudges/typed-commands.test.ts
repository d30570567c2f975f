// `remind me tomorrow` and `on leave until 14/08`, read as typed and recorded on a simulated clock.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../bot/messages/index.js';
import { recordLeave, snoozeReminders } from '../../src/app/nudges/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { seedCouncil, sqliteDeps, tempDbFile } from './setup.js';

describe('reminder commands', () => {
  it('parses them as UK officers type them', () => {
    expect(parseReply('Remind me tomorrow')).toEqual({ kind: 'remind-tomorrow' });
    expect(parseReply("I'm on leave until 14/08")).toEqual({
      kind: 'on-leave',
      untilText: '14/08',
    });
    expect(parseReply('on leave until 3/1/26')).toEqual({ kind: 'on-leave', untilText: '3/1/26' });
  });

  it('snoozes to 08:00 on the next working day and records leave in the right year', async () => {
    const file = tempDbFile();
    await seedCouncil(file, '2025-11-20');
    // Friday 21/11/2025 at 16:00: tomorrow's reminders start on Monday at 08:00 (GMT).
    const deps = sqliteDeps(file, new Date('2025-11-21T16:00:00Z'));
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    expect(await snoozeReminders(deps, officer)).toBe('2025-11-24T08:00:00.000Z');
    // 14/08 typed in November is next August; 14/11 is already past.
    expect(await recordLeave(deps, officer, '14/08')).toBe('2026-08-14');
    expect((await deps.store.get('people', officer))!.fields.onLeaveUntil).toBe('2026-08-14');
    await expect(recordLeave(deps, officer, '14/11/2025')).rejects.toThrow(/onLeaveUntil/);
    await deps.store.close();
  });
});
