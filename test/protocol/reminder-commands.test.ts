// `remind me tomorrow` and `on leave until 14/08` typed in Teams chat, over the Bot Framework
// protocol: the bot answers in words, and what it says is what the store recorded (audited as
// said through the bot). The dates expected are worked out from the server's clock (TEST_NOW).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { londonDay, londonHour, nextWorkingDay, ukDate } from './support/demo-work.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const officer = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
const today = londonDay(FIXED_NOW);

/**
 * A day and month to type: the 14th of the month three months back. From April to December that
 * is earlier this year, so it means next year; from January to March it is still ahead this year.
 */
function leaveTyped(): { typed: string; until: string } {
  const year = Number(today.slice(0, 4));
  const month = ((Number(today.slice(5, 7)) + 8) % 12) + 1;
  const mm = String(month).padStart(2, '0');
  const thisYear = `${year}-${mm}-14`;
  return { typed: `14/${mm}`, until: thisYear < today ? `${year + 1}-${mm}-14` : thisYear };
}

async function say(text: string): Promise<string> {
  const res = await post(server.url, activities.message(officer, connector.url, text));
  expect(res.status).toBe(200);
  const reply = connector.sentTo(officer.conversationId).at(-1)!.body;
  const card = cardOf(reply);
  return card ? allText(card) : String(reply.text);
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  await post(server.url, activities.installed(officer, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('reminder commands in chat', () => {
  it('lists both in the help card', async () => {
    const help = await say('help');
    expect(help).toContain('remind me tomorrow');
    expect(help).toContain('on leave until 14/08');
  });

  it('snoozes until 08:00 on the next working day, and records it', async () => {
    // Weekends and bank holidays in England and Wales are skipped; 08:00 is London time.
    const next = nextWorkingDay(today);
    expect(await say('Remind me tomorrow')).toBe(
      `I will not remind you again before ${ukDate(next)} at 08:00.`,
    );
    const [snooze] = await server.deps.store.query('snoozes', { personId: officer.personId });
    expect(snooze!.fields.until).toBe(londonHour(next, 8).toISOString());
    const [audit] = await server.deps.store.audit({ list: 'snoozes', itemId: snooze!.id });
    expect(audit).toMatchObject({ actorId: officer.personId, channel: 'bot' });
  });

  it('records leave in the year that makes it ahead, and names who covers', async () => {
    const person = (await server.deps.store.get('people', officer.personId))!;
    const delegate = person.fields.delegateId
      ? (await server.deps.store.get('people', person.fields.delegateId))!.fields.name
      : 'your Responsible Officer';
    const leave = leaveTyped();
    expect(await say(`I'm on leave until ${leave.typed}`)).toBe(
      `Noted: you are on leave until ${ukDate(leave.until)}. Reminders go to ${delegate} meanwhile.`,
    );
    const after = (await server.deps.store.get('people', officer.personId))!;
    expect(after.fields.onLeaveUntil).toBe(leave.until);
  });

  it('refuses a date that does not exist, and changes nothing', async () => {
    const answer = await say('on leave until 31/02');
    expect(answer).toMatch(/^Sorry: .*31\/02/);
    const after = (await server.deps.store.get('people', officer.personId))!;
    expect(after.fields.onLeaveUntil).toBe(leaveTyped().until);
  });
});
