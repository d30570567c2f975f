import { describe, expect, it } from 'vitest';
import { assertTransition, transition } from './transition.js';
import {
  NOW,
  aReturn,
  authoriser,
  ctx,
  responsible,
} from '../../../test/support/workflow-fixtures.js';

describe('check (submitted → checked)', () => {
  it('records the checker and emits return.checked', () => {
    const { next, audit } = assertTransition(
      aReturn('submitted'),
      { type: 'check' },
      responsible,
      ctx(),
    );
    expect(next).toMatchObject({
      state: 'checked',
      checkedBy: 'responsible-1',
      checkedAt: NOW,
      actionPlanId: null,
    });
    expect(audit).toEqual([
      {
        event: 'return.checked',
        actorId: 'responsible-1',
        at: NOW,
        from: 'submitted',
        to: 'checked',
      },
    ]);
  });

  it('needs an action plan when the figure is off target', () => {
    const result = transition(
      aReturn('submitted'),
      { type: 'check' },
      responsible,
      ctx({ offTarget: true }),
    );
    expect(result).toMatchObject({ ok: false, code: 'action-plan-required' });
  });

  it('refuses an off-target check naming a plan that is not open for this indicator', () => {
    const result = transition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-closed' },
      responsible,
      ctx({ offTarget: true, openActionPlanIds: ['ap-1'] }),
    );
    expect(result).toMatchObject({ ok: false, code: 'action-plan-required' });
    if (!result.ok) expect(result.reason).toContain('ap-closed');
  });

  it('stores the open action plan it was given for an off-target figure', () => {
    const { next } = assertTransition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-1' },
      responsible,
      ctx({ offTarget: true, openActionPlanIds: ['ap-0', 'ap-1'] }),
    );
    expect(next.actionPlanId).toBe('ap-1');
  });

  it('uses an overdue plan only with a note on where it stands, never silently', () => {
    const overdue = ctx({
      offTarget: true,
      openActionPlanIds: ['ap-1', 'ap-2'],
      overdueActionPlanIds: ['ap-1'],
    });
    const silent = transition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-1', planUpdate: '  ' },
      responsible,
      overdue,
    );
    expect(silent).toMatchObject({ ok: false, code: 'action-plan-required' });
    if (!silent.ok) expect(silent.reason).toMatch(/^planUpdate: that action plan is overdue/);
    const noted = assertTransition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-1', planUpdate: 'Crews recruited; route change in May' },
      responsible,
      overdue,
    );
    expect(noted.next.actionPlanId).toBe('ap-1');
    // The plan on time needs no note.
    const onTime = assertTransition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-2' },
      responsible,
      overdue,
    );
    expect(onTime.next.actionPlanId).toBe('ap-2');
  });

  it('refuses an on-target check naming an unknown plan rather than storing a broken link', () => {
    const result = transition(
      aReturn('submitted'),
      { type: 'check', actionPlanId: 'ap-9' },
      responsible,
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid-value' });
  });

  it('refuses the Authorising Officer', () => {
    expect(transition(aReturn('submitted'), { type: 'check' }, authoriser, ctx())).toMatchObject({
      ok: false,
      code: 'not-assigned',
    });
  });
});

describe('authorise (checked → authorised)', () => {
  it('records the authoriser and emits return.authorised', () => {
    const { next, audit } = assertTransition(
      aReturn('checked'),
      { type: 'authorise' },
      authoriser,
      ctx(),
    );
    expect(next).toMatchObject({
      state: 'authorised',
      authorisedBy: 'authoriser-1',
      authorisedAt: NOW,
    });
    expect(audit).toEqual([
      {
        event: 'return.authorised',
        actorId: 'authoriser-1',
        at: NOW,
        from: 'checked',
        to: 'authorised',
      },
    ]);
  });

  it('refuses the Responsible Officer', () => {
    expect(transition(aReturn('checked'), { type: 'authorise' }, responsible, ctx())).toMatchObject(
      {
        ok: false,
        code: 'not-assigned',
      },
    );
  });
});
