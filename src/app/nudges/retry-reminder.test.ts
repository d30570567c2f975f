// A permanent failure from a real cycle (the connector stand-in answers 403) is shown to the
// performance team, not retried by later cycles; once the team clears it, the next cycle sends it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { DEMO_PEOPLE_IDS } from '../../demo/index.js';
import { type StandIn } from '../../../test/nudges/connector-stand-in.js';
import { conversationIdOf, nudgeWorld, type NudgeWorld } from '../../../test/nudges/setup.js';
import type { AppDeps } from '../deps.js';
import { reminderDeliveries, retryReminder, runNudgeCycle, type CycleOptions } from './index.js';

const AT = new Date('2025-11-20T10:00:00Z');
const officer = DEMO_PEOPLE_IDS.collectionOfficer;
let deps: AppDeps;
let standIn: StandIn;
let options: CycleOptions;
let team: Person;

let world: NudgeWorld;

beforeEach(async () => {
  world = await nudgeWorld(AT);
  ({ deps, standIn, options } = world);
  const admin = (await deps.store.get('people', DEMO_PEOPLE_IDS.admin))!;
  team = { ...admin.fields, id: admin.id };
});
afterEach(() => world.close());

const toOfficer = () =>
  standIn.deliveries.filter((d) => d.conversationId === conversationIdOf(officer));

describe('reminder deliveries for the performance team', () => {
  it('lists a 403 as a permanent failure, and the next cycle sends it once cleared', async () => {
    standIn.inject(conversationIdOf(officer), { status: 403 });
    await runNudgeCycle(deps, options);
    const problems = await reminderDeliveries(deps, team, { status: 'problems', top: 100 });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.recipientId === officer)).toBe(true);
    expect(problems[0]).toMatchObject({ status: 'permanent-failure', retryable: true });
    expect(problems[0]!.error).toMatch(/^403/);

    // Not retried for ever: a later cycle leaves it alone.
    await runNudgeCycle(deps, options);
    expect(toOfficer()).toHaveLength(0);

    for (const p of problems) {
      const res = await retryReminder(deps, team, p.id, p.version);
      expect(res.outcome).toBe('retry');
    }
    await runNudgeCycle(deps, options);
    expect(toOfficer()).toHaveLength(1);
    expect(await reminderDeliveries(deps, team, { status: 'problems', top: 100 })).toEqual([]);
    const sent = await reminderDeliveries(deps, team, { status: 'sent', top: 500 });
    const again = sent.filter((s) => problems.some((p) => p.id === s.id));
    expect(again.map((s) => s.attempts)).toEqual(problems.map(() => 1));
  });

  it('refuses anyone outside the performance team', async () => {
    const someone = { roles: ['officer' as const] };
    await expect(
      reminderDeliveries(deps, someone, { status: 'problems', top: 10 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(retryReminder(deps, { ...someone, id: officer }, 'x', 'v')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
