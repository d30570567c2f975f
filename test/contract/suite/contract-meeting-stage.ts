// The meeting stage held in the store, the same on every store: two server instances (two boards
// over one store, each with its own short read cache) agree on one presenter; a claim race has one
// winner; an attendee cannot take the stage over; every move gets a new version (the route's ETag).
import { expect, it } from 'vitest';
import {
  createStageBoard,
  type MeetingRole,
  type MeetingRoles,
} from '../../../src/app/meeting-stage/index.js';
import { ForbiddenError } from '../../../src/domain/errors/errors.js';
import type { Person } from '../../../src/domain/model/types.js';
import type { StoreHolder } from './contract-fixtures.js';

const MEETING = 'MCMxOTptZWV0aW5nX05qZzRaVEl6WmpndE9EVTRNQzAwTXpBek@thread.v2';

/** A member of the Leadership Team who sits in stage meetings (the stage tests and bench). */
export const councillorFields = (id: string, name: string): Omit<Person, 'id'> => ({
  name,
  email: `${id}@example.gov.uk`,
  jobTitle: 'Councillor',
  roles: ['leadership'],
  delegateId: null,
  onLeaveUntil: null,
  directorateId: null,
});
const councillor = (id: string, name: string): Person => ({ id, ...councillorFields(id, name) });
const CHAIR = councillor('chair-1', 'Alex Chair');
const DEPUTY = councillor('deputy-1', 'Sam Deputy');
const ATTENDEE = councillor('attendee-1', 'Jo Attendee');

const ROLES: Record<string, MeetingRole> = {
  'chair-1': 'Organizer',
  'deputy-1': 'Presenter',
  'attendee-1': 'Attendee',
};
const roles: MeetingRoles = { roleOf: async (_m, p) => ROLES[p] ?? null };

export function meetingStageContract(holder: StoreHolder): void {
  // A fixed clock: the boards' read cache is measured against it, so reads here are never stale
  // unless the test moves it on.
  let now = Date.parse('2025-11-20T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const board = () => createStageBoard({ store: holder.store, clock, meetingRoles: roles });

  it('keeps the presenter and route where another instance reads them', async () => {
    const one = board();
    const two = board();
    expect(await two.read(MEETING)).toBeNull();
    const moved = await one.move(CHAIR, {
      meetingId: MEETING,
      route: '#/dashboard?period=2025-10',
      takeOver: true,
    });
    expect(moved).toMatchObject({ presenterId: CHAIR.id, presenterName: CHAIR.name, seq: 1 });
    now += 2000; // past the other instance's read cache
    expect(await two.read(MEETING)).toMatchObject({
      meetingId: MEETING,
      presenterId: CHAIR.id,
      route: '#/dashboard?period=2025-10',
      seq: 1,
      version: moved.version,
    });
  });

  it('lets only the presenter move it; a presenter takes over by sharing, an attendee cannot', async () => {
    const one = board();
    const two = board();
    const first = await one.move(CHAIR, {
      meetingId: MEETING,
      route: '#/dashboard',
      takeOver: false,
    });
    await expect(
      two.move(DEPUTY, { meetingId: MEETING, route: '#/indicators/WR01', takeOver: false }),
    ).rejects.toThrow(/Alex Chair is presenting/);
    await expect(
      two.move(ATTENDEE, { meetingId: MEETING, route: '#/indicators/WR01', takeOver: true }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const taken = await two.move(DEPUTY, {
      meetingId: MEETING,
      route: '#/indicators/WR01',
      takeOver: true,
    });
    expect(taken).toMatchObject({ presenterId: DEPUTY.id, seq: 2, route: '#/indicators/WR01' });
    expect(taken.version).not.toBe(first.version);
    await expect(
      one.move(CHAIR, { meetingId: MEETING, route: '#/dashboard', takeOver: false }),
    ).rejects.toThrow(/Sam Deputy is presenting/);
  });

  it('refuses an attendee on a stage nobody presents yet', async () => {
    await expect(
      board().move(ATTENDEE, { meetingId: MEETING, route: '#/dashboard', takeOver: false }),
    ).rejects.toThrow(/organisers and presenters/);
    expect(await board().read(MEETING)).toBeNull();
  });

  it('has one winner when two instances claim a stage nobody presents at once', async () => {
    const results = await Promise.allSettled([
      board().move(CHAIR, { meetingId: MEETING, route: '#/dashboard', takeOver: false }),
      board().move(DEPUTY, { meetingId: MEETING, route: '#/indicators/WR01', takeOver: false }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ForbiddenError);
    now += 2000;
    const state = await board().read(MEETING);
    expect(state!.presenterId).toBe(
      (won[0] as PromiseFulfilledResult<{ presenterId: string }>).value.presenterId,
    );
    expect(state!.seq).toBe(1);
  });
}
