// Whose turn it is after each step, told through the notification port whatever the channel
// (issue 15): actOnReturn hands over to the person the workflow table names once the change is
// written, and to nobody when the step is refused. The cases are found in the demo's data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAt, returnIn, type ReturnCase } from '../../../test/support/demo-at.js';
import { fits, strongFigure } from '../../../test/protocol/support/demo-work.js';
import {
  recordingNotifications,
  type RecordingNotifications,
} from '../../../test/support/recording-notifications.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from './act-on-return.js';

let deps: AppDeps;
let told: RecordingNotifications;
beforeEach(async () => {
  deps = await demoAt();
  told = recordingNotifications();
  deps.notifications = told;
});
afterEach(() => deps.store.close());

const dueCase = () => returnIn(deps, 'due', (v) => fits(strongFigure, v));

async function enter(c: ReturnCase, channel: 'tab' | 'card' = 'tab') {
  return actOnReturn(deps, {
    returnId: c.returnId,
    version: c.version,
    event: { type: 'enter', value: strongFigure(c.view).value, commentary: 'As expected' },
    actorId: c.indicator.collectorId,
    channel,
    cardActivityId: channel === 'card' ? 'activity-1' : undefined,
  });
}

describe('actOnReturn tells whoever has the return next', () => {
  it('hands an entered figure to the Responsible Officer, naming the check', async () => {
    const c = await dueCase();
    const { view } = await enter(c);
    expect(told.notices).toHaveLength(1);
    expect(told.notices[0]).toMatchObject({
      kind: 'return',
      returnId: c.returnId,
      event: 'enter',
      handover: { step: 'check', to: [c.indicator.responsibleId], fallback: false },
      cardActivityId: null,
    });
    expect(told.notices[0]).toMatchObject({ view: { version: view.version } });
  });

  it('passes on the card the decision was made on, so its copy is not updated twice', async () => {
    const c = await dueCase();
    await enter(c, 'card');
    expect(told.notices[0]).toMatchObject({ cardActivityId: 'activity-1' });
  });

  it('hands a checked figure to the Authorising Officer, and an authorised one to nobody', async () => {
    const c = await dueCase();
    const entered = await enter(c);
    const checked = await actOnReturn(deps, {
      returnId: c.returnId,
      version: entered.view.version,
      event: { type: 'check' },
      actorId: c.indicator.responsibleId,
      channel: 'tab',
    });
    await actOnReturn(deps, {
      returnId: c.returnId,
      version: checked.view.version,
      event: { type: 'authorise' },
      actorId: c.indicator.authoriserId,
      channel: 'tab',
    });
    expect(told.notices.map((n) => n.kind === 'return' && n.handover)).toEqual([
      expect.objectContaining({ step: 'check', to: [c.indicator.responsibleId] }),
      expect.objectContaining({ step: 'authorise', to: [c.indicator.authoriserId] }),
      null,
    ]);
  });

  it('sends a figure sent back to whoever entered it, with the reason on the view', async () => {
    const c = await dueCase();
    const entered = await enter(c);
    await actOnReturn(deps, {
      returnId: c.returnId,
      version: entered.view.version,
      event: { type: 'send-back', reason: 'The figure is for the wrong month' },
      actorId: c.indicator.responsibleId,
      channel: 'tab',
    });
    const last = told.notices.at(-1)!;
    expect(last).toMatchObject({
      kind: 'return',
      event: 'send-back',
      handover: { step: 'enter', to: [c.indicator.collectorId] },
      view: { sentBackReason: 'The figure is for the wrong month' },
    });
  });

  it('tells nobody when the step is refused', async () => {
    const c = await dueCase();
    await expect(
      actOnReturn(deps, {
        returnId: c.returnId,
        version: c.version,
        event: { type: 'authorise' },
        actorId: c.indicator.authoriserId,
        channel: 'tab',
      }),
    ).rejects.toThrow();
    expect(told.notices).toEqual([]);
  });
});
