// Separation of duties through actOnReturn, on a real SQLite store holding the demo council built
// for a fixed day: whoever entered a figure may not check it, and neither the enterer nor the
// checker may authorise it. The refusal says where the step has gone, by name; the escalation owner
// and then the performance team take it; when everyone who could act is barred, the performance
// team acts anyway and the audit line says so. The arrangements (a delegate who enters for the
// Collection Officer, say) are made through Set-up, as the performance team would make them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkflowError } from '../../domain/errors/errors.js';
import type { ReturnEvent } from '../../domain/workflow/index.js';
import {
  demoAt,
  performanceTeam,
  returnIn,
  type ReturnCase,
} from '../../../test/support/demo-at.js';
import { fits, strongFigure } from '../../../test/protocol/support/demo-work.js';
import { updateIndicator, type IndicatorInput } from '../admin/indicator-admin.js';
import { updatePerson } from '../admin/people-admin.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from './act-on-return.js';

let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

const dueCase = () => returnIn(deps, 'due', (v) => fits(strongFigure, v));

async function act(c: ReturnCase, actorId: string, event: ReturnEvent) {
  const { version } = (await deps.store.get('returns', c.returnId))!;
  return actOnReturn(deps, { returnId: c.returnId, version, event, actorId, channel: 'tab' });
}

const enter = (c: ReturnCase, actorId: string) =>
  act(c, actorId, { type: 'enter', value: strongFigure(c.view).value, commentary: 'As counted' });

async function setDelegate(c: ReturnCase, personId: string, delegateId: string | null) {
  const person = (await deps.store.get('people', personId))!;
  await updatePerson(deps, c.admin, personId, person.version, { delegateId });
}

async function setOfficers(c: ReturnCase, patch: Partial<IndicatorInput>) {
  const indicator = (await deps.store.get('indicators', c.indicator.id))!;
  await updateIndicator(deps, c.admin, c.indicator.id, indicator.version, patch);
}

const nameOf = async (id: string) => (await loadCatalogue(deps.store)).people.get(id)!.name;

describe('whoever entered a figure may not check it', () => {
  it('refuses, naming the escalation owner it has gone to, who may then check it', async () => {
    const c = await dueCase();
    const { collectorId: col, responsibleId: r, escalationOwnerId: owner } = c.indicator;
    // The Responsible Officer enters standing in for the Collection Officer, and has no delegate.
    await setDelegate(c, col, r);
    await setDelegate(c, r, null);
    await enter(c, r);
    const refused = act(c, r, { type: 'check' });
    await expect(refused).rejects.toThrow(WorkflowError);
    await expect(refused).rejects.toMatchObject({ code: 'separation-of-duties' });
    await expect(refused).rejects.toThrow(
      `You entered this figure, so someone else must check it — it has gone to ${await nameOf(owner)}.`,
    );
    const done = await act(c, owner, { type: 'check' });
    expect(done.view).toMatchObject({ state: 'checked', checkedBy: { id: owner } });
  });

  it('goes to the performance team when the escalation owner entered it too', async () => {
    const c = await dueCase();
    const { collectorId: col, responsibleId: r } = c.indicator;
    await setDelegate(c, col, r);
    await setDelegate(c, r, null);
    await setOfficers(c, { escalationOwnerId: r });
    await enter(c, r);
    const team = performanceTeam(await loadCatalogue(deps.store));
    const names = team.map((p) => p.name);
    await expect(act(c, r, { type: 'check' })).rejects.toThrow(
      `— it has gone to ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`,
    );
    const done = await act(c, team[0]!.id, { type: 'check' });
    expect(done.view).toMatchObject({ state: 'checked', checkedBy: { id: team[0]!.id } });
  });
});

describe('neither the enterer nor the checker may authorise', () => {
  // The Authorising Officer (with no delegate) stands in for the Collection Officer and enters the
  // figure, or for the Responsible Officer and checks it: either way, not theirs to authorise.
  for (const [standsInFor, did] of [
    ['collectorId', 'entered'],
    ['responsibleId', 'checked'],
  ] as const) {
    it(`refuses the one who ${did} it, naming the escalation owner, who authorises instead`, async () => {
      const c = await dueCase();
      const { collectorId, responsibleId, authoriserId: a, escalationOwnerId: owner } = c.indicator;
      await setDelegate(c, c.indicator[standsInFor], a);
      await setDelegate(c, a, null);
      await enter(c, did === 'entered' ? a : collectorId);
      await act(c, did === 'checked' ? a : responsibleId, { type: 'check' });

      const refused = act(c, a, { type: 'authorise' });
      await expect(refused).rejects.toThrow(WorkflowError);
      await expect(refused).rejects.toMatchObject({ code: 'separation-of-duties' });
      await expect(refused).rejects.toThrow(
        `You ${did} this figure, so someone else must authorise it — it has gone to ${await nameOf(owner)}.`,
      );
      const done = await act(c, owner, { type: 'authorise' });
      expect(done.view).toMatchObject({ state: 'authorised', authorisedBy: { id: owner } });
      const [line] = await deps.store.audit({ list: 'returns', itemId: c.returnId });
      expect(line).toMatchObject({ event: 'return.authorised', actorId: owner });
      // Passing to the escalation owner is no exception to separation of duties: no note of one.
      expect(line!.note ?? '').not.toMatch(/despite separation of duties/);
    });
  }
});

describe('when everyone who could act is barred', () => {
  it('lets the performance team authorise anyway, and the audit line says so', async () => {
    const c = await dueCase();
    // The two of the performance team are the indicator's only possible checkers and
    // authorisers: one enters (as the team may), the other checks, so nobody free is left.
    const [first, second] = performanceTeam(await loadCatalogue(deps.store));
    await setOfficers(c, {
      responsibleId: second!.id,
      authoriserId: first!.id,
      escalationOwnerId: second!.id,
    });
    await enter(c, first!.id);
    const checked = await act(c, second!.id, { type: 'check' });
    expect(checked.view.waitingFor).toMatchObject({ fallback: true });
    expect(checked.view.waitingFor.reason).toMatch(/the record will show it/);

    const done = await act(c, first!.id, { type: 'authorise' });
    expect(done.view).toMatchObject({ state: 'authorised', authorisedBy: { id: first!.id } });
    const [line] = await deps.store.audit({ list: 'returns', itemId: c.returnId });
    expect(line).toMatchObject({
      event: 'return.authorised',
      actorId: first!.id,
      note: 'Nobody else could act, so the performance team acted despite separation of duties',
    });
  });
});
