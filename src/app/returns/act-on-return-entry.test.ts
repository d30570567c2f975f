// What actOnReturn checks in an entered figure before anything is written, on a real SQLite store
// holding the demo council built for a fixed day: each bad detail is refused naming its field; a
// figure far outside the return's recent history is questioned (and saved, with a note, once the
// officer confirms it); and the person's part is judged before the figure, so someone with no part
// in the indicator learns that, not a question about a figure they may not enter (issue 15, D4).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConfirmationRequiredError,
  ForbiddenError,
  ValidationError,
} from '../../domain/errors/errors.js';
import { MAX_COMMENTARY, MAX_URL } from '../../domain/values/index.js';
import type { ReturnEvent } from '../../domain/workflow/index.js';
import { demoAt, returnIn, type ReturnCase } from '../../../test/support/demo-at.js';
import {
  canBeImplausible,
  fits,
  implausibleFigure,
  plausibilityQuestionFor,
  strongFigure,
} from '../../../test/protocol/support/demo-work.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from './act-on-return.js';

let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

/** A due return with a history to be far from, in a unit where a negative figure is impossible. */
const dueCase = () =>
  returnIn(
    deps,
    'due',
    (v) => fits(strongFigure, v) && canBeImplausible(v) && v.indicator.unit !== 'number',
  );

type Entry = Extract<ReturnEvent, { type: 'enter' }>;

const enter = (c: ReturnCase, over: Partial<Entry>, actorId = c.indicator.collectorId) =>
  actOnReturn(deps, {
    returnId: c.returnId,
    version: c.version,
    event: { type: 'enter', value: strongFigure(c.view).value, commentary: 'As counted', ...over },
    actorId,
    channel: 'tab',
  });

/** Refused as invalid, naming `field`, with the return untouched. */
async function refusedAt(c: ReturnCase, over: Partial<Entry>, field: string) {
  const attempt = enter(c, over);
  await expect(attempt).rejects.toThrow(ValidationError);
  await expect(attempt).rejects.toMatchObject({ problems: [{ field }] });
  expect((await deps.store.get('returns', c.returnId))!.version).toBe(c.version);
}

describe('the details of an entry', () => {
  it('refuses commentary over the limit', async () => {
    const c = await dueCase();
    await refusedAt(c, { commentary: 'x'.repeat(MAX_COMMENTARY + 1) }, 'commentary');
  });

  it('refuses an evidence link that is not a web address, or too long', async () => {
    const c = await dueCase();
    for (const evidenceUrl of [
      'not a link',
      'ftp://files.example.org/wr.csv',
      'javascript:alert(1)',
      `https://example.org/${'a'.repeat(MAX_URL)}`,
    ]) {
      await refusedAt(c, { evidenceUrl }, 'evidenceUrl');
    }
    const ok = await enter(c, { evidenceUrl: 'https://intranet.example.org/waste/q2' });
    expect(ok.view.evidenceUrl).toBe('https://intranet.example.org/waste/q2');
  });

  it('refuses a forecast, numerator or denominator that is not a finite number', async () => {
    const c = await dueCase();
    await refusedAt(c, { forecast: Number.NaN }, 'forecast');
    await refusedAt(c, { forecast: Number.POSITIVE_INFINITY }, 'forecast');
    await refusedAt(c, { numerator: Number.NEGATIVE_INFINITY }, 'numerator');
    await refusedAt(c, { denominator: Number.NaN }, 'denominator');
  });

  it('refuses a figure or forecast impossible for the unit, even when confirmed', async () => {
    const c = await dueCase();
    await refusedAt(c, { value: -1, plausibilityConfirmed: true }, 'value');
    await refusedAt(c, { forecast: -1 }, 'forecast');
  });
});

describe('a figure far outside the recent history', () => {
  it('is questioned, naming the value field, and nothing is written', async () => {
    const c = await dueCase();
    const far = implausibleFigure(c.view);
    const attempt = enter(c, { value: far.value });
    await expect(attempt).rejects.toThrow(ConfirmationRequiredError);
    await expect(attempt).rejects.toMatchObject({
      field: 'value',
      question: plausibilityQuestionFor(c.view, far),
    });
    expect((await deps.store.get('returns', c.returnId))!.version).toBe(c.version);
  });

  it('is saved once the officer confirms it, with a note in the audit line', async () => {
    const c = await dueCase();
    const far = implausibleFigure(c.view);
    const done = await enter(c, { value: far.value, plausibilityConfirmed: true });
    expect(done.view).toMatchObject({
      state: 'submitted',
      value: far.value,
      plausibilityConfirmed: true,
    });
    const [line] = await deps.store.audit({ list: 'returns', itemId: c.returnId });
    expect(line).toMatchObject({
      event: 'return.submitted',
      note: 'The officer confirmed a figure far outside the recent history',
    });
  });

  it('from someone with no part in the indicator is refused for who they are, not questioned', async () => {
    // Issue 15 D4 (role before plausibility): fails until actOnReturn asks the role first.
    const c = await dueCase();
    const far = implausibleFigure(c.view);
    const attempt = enter(c, { value: far.value }, c.bystander.id);
    await expect(attempt).rejects.toThrow(ForbiddenError);
    expect((await deps.store.get('returns', c.returnId))!.version).toBe(c.version);
  });
});
