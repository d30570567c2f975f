// actOnReturn, the one command behind every return decision, on a real SQLite store holding the
// demo council built for a fixed day and read at a fixed moment: what it refuses before asking the
// workflow (no such return, a stale version, someone unknown or with no part, the wrong state), and
// each step taken — the state moved, the version moved, one audit line saying who, through what —
// with the procedure version stamped on entry and afterAuthorise told exactly once. The return and
// its officers are found in the data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { ReturnEvent } from '../../domain/workflow/index.js';
import { DEMO_NOW, demoAt, returnIn, type ReturnCase } from '../../../test/support/demo-at.js';
import { fits, strongFigure } from '../../../test/protocol/support/demo-work.js';
import { updateIndicator } from '../admin/indicator-admin.js';
import type { AppDeps, AuthorisedReturn } from '../deps.js';
import { actOnReturn } from './act-on-return.js';

let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

/** A due return that can take a figure better than target which no rule questions. */
const dueCase = () => returnIn(deps, 'due', (v) => fits(strongFigure, v));

const act = (c: ReturnCase, actorId: string, version: string, event: ReturnEvent) =>
  actOnReturn(deps, { returnId: c.returnId, version, event, actorId, channel: 'tab' });

const enterStrong = (c: ReturnCase, version = c.version) =>
  act(c, c.indicator.collectorId, version, {
    type: 'enter',
    value: strongFigure(c.view).value,
    commentary: '  Crews back to full strength  ',
  });

const stored = async (id: string) => (await deps.store.get('returns', id))!;
const trail = (id: string) => deps.store.audit({ list: 'returns', itemId: id });

describe('what actOnReturn refuses before the workflow is asked', () => {
  it('says when there is no such return', async () => {
    const c = await dueCase();
    const attempt = act({ ...c, returnId: 'no-such-return' }, c.indicator.collectorId, '1', {
      type: 'authorise',
    });
    await expect(attempt).rejects.toThrow(NotFoundError);
  });

  it('refuses a version that has moved on with the current one, changing nothing', async () => {
    const c = await dueCase();
    const attempt = enterStrong(c, `${c.version}-old`);
    await expect(attempt).rejects.toThrow(ConflictError);
    await expect(attempt).rejects.toMatchObject({ currentVersion: c.version });
    expect((await stored(c.returnId)).fields.state).toBe('due');
  });

  it('refuses someone who is not a known person here', async () => {
    const c = await dueCase();
    const attempt = act(c, 'nobody-known', c.version, {
      type: 'enter',
      value: strongFigure(c.view).value,
      commentary: '',
    });
    await expect(attempt).rejects.toThrow(ForbiddenError);
    await expect(attempt).rejects.toThrow(/not a known person/);
  });

  it('refuses someone with no part in the indicator, saying who may', async () => {
    const c = await dueCase();
    for (const who of [c.bystander.id, c.indicator.responsibleId, c.indicator.authoriserId]) {
      const attempt = act(c, who, c.version, {
        type: 'enter',
        value: strongFigure(c.view).value,
        commentary: '',
      });
      await expect(attempt).rejects.toThrow(ForbiddenError);
      await expect(attempt).rejects.toThrow(/Only the Collection Officer .* may enter it/);
    }
    expect((await stored(c.returnId)).version).toBe(c.version);
  });

  it('refuses a step the state does not have, in words, with its code', async () => {
    const c = await dueCase();
    const attempt = act(c, c.indicator.authoriserId, c.version, { type: 'authorise' });
    await expect(attempt).rejects.toThrow(WorkflowError);
    await expect(attempt).rejects.toMatchObject({ code: 'wrong-state' });
    await expect(attempt).rejects.toThrow(/waiting to be entered, so nobody can authorise it now/);
    expect((await stored(c.returnId)).version).toBe(c.version);
  });
});

describe('each step taken', () => {
  it('enters, checks and authorises: state and version move, one audit line each', async () => {
    const c = await dueCase();
    const { collectorId, responsibleId, authoriserId } = c.indicator;
    const value = strongFigure(c.view).value;

    const entered = await enterStrong(c);
    expect(entered.view).toMatchObject({
      state: 'submitted',
      value,
      commentary: 'Crews back to full strength',
      enteredBy: { id: collectorId },
      enteredAt: DEMO_NOW,
    });
    expect(entered.view.version).not.toBe(c.version);
    expect(entered.audit).toEqual([
      expect.objectContaining({ event: 'return.submitted', from: 'due', to: 'submitted' }),
    ]);
    // The figure carries the written procedure it was entered under (issue 14).
    expect((await stored(c.returnId)).fields.procedureVersion).toBe(
      c.indicator.procedureVersion ?? 1,
    );

    const checked = await act(c, responsibleId, entered.view.version, { type: 'check' });
    expect(checked.view).toMatchObject({ state: 'checked', checkedBy: { id: responsibleId } });
    expect(checked.view.version).not.toBe(entered.view.version);

    const authorised = await act(c, authoriserId, checked.view.version, { type: 'authorise' });
    expect(authorised.view).toMatchObject({
      state: 'authorised',
      value,
      authorisedBy: { id: authoriserId },
      authorisedAt: DEMO_NOW,
    });
    expect((await stored(c.returnId)).version).toBe(authorised.view.version);

    // Newest first, each saying who and through what, before and after.
    const lines = (await trail(c.returnId)).slice(0, 3);
    expect(lines.map((a) => [a.event, a.actorId, a.channel])).toEqual([
      ['return.authorised', authoriserId, 'tab'],
      ['return.checked', responsibleId, 'tab'],
      ['return.submitted', collectorId, 'tab'],
    ]);
    expect(lines[2]!.before).toMatchObject({ state: 'due' });
    expect(lines[2]!.after).toMatchObject({ state: 'submitted', value });
    expect(lines.every((a) => a.at === DEMO_NOW)).toBe(true);
  });

  it('sends a figure back a step at a time, saying why, and the resubmission shows the loop', async () => {
    const c = await dueCase();
    const { collectorId, responsibleId, authoriserId } = c.indicator;
    const entered = await enterStrong(c);
    const checked = await act(c, responsibleId, entered.view.version, { type: 'check' });

    const blank = act(c, authoriserId, checked.view.version, { type: 'send-back', reason: ' ' });
    await expect(blank).rejects.toMatchObject({ code: 'reason-required' });

    const toChecker = await act(c, authoriserId, checked.view.version, {
      type: 'send-back',
      reason: '  The evidence is for last quarter ',
    });
    expect(toChecker.view).toMatchObject({
      state: 'submitted',
      checkedBy: null,
      sentBackReason: 'The evidence is for last quarter',
      sentBackBy: { id: authoriserId },
    });
    const toCollector = await act(c, responsibleId, toChecker.view.version, {
      type: 'send-back',
      reason: 'Please recount',
    });
    expect(toCollector.view).toMatchObject({ state: 'due', sentBackBy: { id: responsibleId } });

    const again = await enterStrong(c, toCollector.view.version);
    expect(again.view).toMatchObject({ state: 'submitted', sentBackReason: null });
    expect((await trail(c.returnId)).slice(0, 3)).toEqual([
      expect.objectContaining({ event: 'return.resubmitted', actorId: collectorId }),
      expect.objectContaining({ event: 'return.sent-back', note: 'Please recount' }),
      expect.objectContaining({
        event: 'return.sent-back',
        note: 'The evidence is for last quarter',
      }),
    ]);
  });

  it('stamps the procedure version in force when the figure is entered', async () => {
    const c = await dueCase();
    const indicator = (await deps.store.get('indicators', c.indicator.id))!;
    const edited = await updateIndicator(
      deps,
      c.admin,
      c.indicator.id,
      indicator.version,
      { procedure: { ...c.indicator.procedure, source: 'The new crew rota system' } },
      { procedureNote: 'Source moved to the new rota' },
    );
    expect(edited.procedureVersion).toBeGreaterThan(c.indicator.procedureVersion ?? 1);
    await enterStrong(c);
    expect((await stored(c.returnId)).fields.procedureVersion).toBe(edited.procedureVersion);
  });

  it('tells afterAuthorise once, on the authorisation only, whatever came before', async () => {
    const c = await dueCase();
    const told: AuthorisedReturn[] = [];
    deps.afterAuthorise = async (event) => {
      told.push(event);
    };
    const entered = await enterStrong(c);
    const checked = await act(c, c.indicator.responsibleId, entered.view.version, {
      type: 'check',
    });
    expect(told).toEqual([]);
    await act(c, c.indicator.authoriserId, checked.view.version, { type: 'authorise' });
    // A second click on the same card is refused as stale and tells nobody again.
    await expect(
      act(c, c.indicator.authoriserId, checked.view.version, { type: 'authorise' }),
    ).rejects.toThrow(ConflictError);
    expect(told).toEqual([
      {
        returnId: c.returnId,
        indicatorId: c.indicator.id,
        periodKey: c.view.periodKey,
        actorId: c.indicator.authoriserId,
        channel: 'tab',
      },
    ]);
  });
});
