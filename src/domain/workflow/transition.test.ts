import { describe, expect, it } from 'vitest';
import { ValidationError, WorkflowError } from '../errors/errors.js';
import type { ReturnEvent } from './types.js';
import { assertTransition, transition } from './transition.js';
import {
  aReturn,
  actor,
  admin,
  authoriser,
  collector,
  ctx,
  enter,
} from '../../../test/support/workflow-fixtures.js';

describe('separation of duties', () => {
  const allRoles = { isCollector: true, isResponsible: true, isAuthoriser: true, isAdmin: true };

  it('the person who entered the figure may not check it, even holding the role', () => {
    const enterer = actor('collector-1', allRoles);
    const result = transition(aReturn('submitted'), { type: 'check' }, enterer, ctx());
    expect(result).toMatchObject({ ok: false, code: 'separation-of-duties' });
    if (!result.ok) expect(result.reason).toContain('entered');
  });

  it('the person who entered the figure may not authorise it', () => {
    const enterer = actor('collector-1', allRoles);
    const result = transition(aReturn('checked'), { type: 'authorise' }, enterer, ctx());
    expect(result).toMatchObject({ ok: false, code: 'separation-of-duties' });
  });

  it('the checker may not also authorise it', () => {
    const checker = actor('responsible-1', allRoles);
    const result = transition(aReturn('checked'), { type: 'authorise' }, checker, ctx());
    expect(result).toMatchObject({ ok: false, code: 'separation-of-duties' });
    if (!result.ok) expect(result.reason).toContain('checked');
  });

  it('an admin who entered on someone’s behalf may not then check it', () => {
    const { next } = assertTransition(aReturn('due'), enter(), actor('admin-1', allRoles), ctx());
    expect(transition(next, { type: 'check' }, actor('admin-1', allRoles), ctx())).toMatchObject({
      ok: false,
      code: 'separation-of-duties',
    });
  });

  it('checks role before separation of duties (an unassigned enterer is not-assigned)', () => {
    expect(transition(aReturn('submitted'), { type: 'check' }, collector, ctx())).toMatchObject({
      ok: false,
      code: 'not-assigned',
    });
  });
});

describe('assertTransition and malformed events', () => {
  it('throws WorkflowError carrying the refusal code', () => {
    let thrown: unknown;
    try {
      assertTransition(aReturn('authorised'), { type: 'authorise' }, authoriser, ctx());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkflowError);
    expect((thrown as WorkflowError).code).toBe('wrong-state');
    expect((thrown as WorkflowError).message).toContain('authorised');
  });

  it('throws ValidationError naming event.type for an unknown event', () => {
    const bogus = { type: 'approve' } as unknown as ReturnEvent;
    expect(() => transition(aReturn('due'), bogus, admin, ctx())).toThrow(ValidationError);
    expect(() => transition(aReturn('due'), bogus, admin, ctx())).toThrow(/event\.type/);
  });

  it('does not change the return it was given', () => {
    const current = aReturn('due');
    const before = structuredClone(current);
    transition(current, enter(), collector, ctx());
    expect(current).toEqual(before);
  });
});
