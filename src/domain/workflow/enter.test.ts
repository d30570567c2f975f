import { describe, expect, it } from 'vitest';
import { assertTransition, transition } from './transition.js';
import {
  NOW,
  aReturn,
  admin,
  collector,
  ctx,
  enter,
  responsible,
} from '../../../test/support/workflow-fixtures.js';

describe('enter (due → submitted)', () => {
  it('records the figure, who entered it and when, and emits return.submitted', () => {
    const result = assertTransition(
      aReturn('due'),
      enter({
        value: 412,
        commentary: '  Seasonal peak.  ',
        evidenceUrl: ' https://council.example/evidence/q1.xlsx ',
        numerator: 412,
        denominator: 500,
        forecast: 1650,
        plausibilityConfirmed: true,
        notAvailableReason: 'ignored when a value is given',
      }),
      collector,
      ctx(),
    );
    expect(result.next).toMatchObject({
      state: 'submitted',
      value: 412,
      notAvailableReason: null,
      commentary: 'Seasonal peak.',
      evidenceUrl: 'https://council.example/evidence/q1.xlsx',
      numerator: 412,
      denominator: 500,
      forecast: 1650,
      plausibilityConfirmed: true,
      enteredBy: 'collector-1',
      enteredAt: NOW,
    });
    expect(result.audit).toEqual([
      { event: 'return.submitted', actorId: 'collector-1', at: NOW, from: 'due', to: 'submitted' },
    ]);
  });

  it('accepts "not available" with a reason and defaults the optional fields', () => {
    const { next } = assertTransition(
      aReturn('due', { numerator: 3, evidenceUrl: 'old' }),
      enter({ value: null, notAvailableReason: ' Survey not run this year ', evidenceUrl: '  ' }),
      collector,
      ctx(),
    );
    expect(next.value).toBeNull();
    expect(next.notAvailableReason).toBe('Survey not run this year');
    expect(next.evidenceUrl).toBeNull();
    expect(next.numerator).toBeNull();
    expect(next.plausibilityConfirmed).toBe(false);
  });

  it('lets an admin enter on the Collection Officer’s behalf, recorded as the admin', () => {
    const { next } = assertTransition(aReturn('due'), enter(), admin, ctx());
    expect(next.enteredBy).toBe('admin-1');
  });

  it('clears an earlier check, authorisation and action plan link', () => {
    const stale = aReturn('due', {
      checkedBy: 'x',
      checkedAt: NOW,
      authorisedBy: 'y',
      authorisedAt: NOW,
      actionPlanId: 'ap-1',
    });
    const { next } = assertTransition(stale, enter(), collector, ctx());
    expect(next).toMatchObject({
      checkedBy: null,
      checkedAt: null,
      authorisedBy: null,
      authorisedAt: null,
      actionPlanId: null,
    });
  });

  it.each([
    ['NaN', { value: Number.NaN }, 'invalid-value', 'value'],
    ['Infinity', { value: Number.POSITIVE_INFINITY }, 'invalid-value', 'value'],
    ['a string value', { value: '12' as unknown as number }, 'invalid-value', 'value'],
    ['null with no reason', { value: null }, 'reason-required', 'notAvailableReason'],
    [
      'null with a blank reason',
      { value: null, notAvailableReason: '   ' },
      'reason-required',
      'notAvailableReason',
    ],
    [
      '4,001 characters of commentary',
      { commentary: 'x'.repeat(4001) },
      'invalid-value',
      'commentary',
    ],
    ['non-text commentary', { commentary: 7 as unknown as string }, 'invalid-value', 'commentary'],
    [
      'an infinite numerator',
      { numerator: Number.NEGATIVE_INFINITY },
      'invalid-value',
      'numerator',
    ],
    ['a NaN denominator', { denominator: Number.NaN }, 'invalid-value', 'denominator'],
    ['an infinite forecast', { forecast: Number.POSITIVE_INFINITY }, 'invalid-value', 'forecast'],
  ] as const)('refuses %s', (_, overrides, code, field) => {
    const result = transition(aReturn('due'), enter(overrides), collector, ctx());
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.reason).toContain(field);
  });

  it('accepts exactly 4,000 characters of commentary', () => {
    const result = transition(
      aReturn('due'),
      enter({ commentary: 'x'.repeat(4000) }),
      collector,
      ctx(),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses someone who is neither the Collection Officer nor an admin', () => {
    const result = transition(aReturn('due'), enter(), responsible, ctx());
    expect(result).toMatchObject({ ok: false, code: 'not-assigned' });
  });
});
