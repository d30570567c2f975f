import { describe, expect, it } from 'vitest';
import * as workflow from './index.js';
import { aReturn, collector, ctx, enter } from '../../../test/support/workflow-fixtures.js';

describe('workflow public surface', () => {
  it('exposes the table, the limits, the transition functions and the new-return shape', () => {
    expect(Object.keys(workflow).sort()).toEqual([
      'MAX_COMMENTARY',
      'MAX_REOPEN_REASON',
      'MAX_SEND_BACK_REASON',
      'RETURN_EVENT_TYPES',
      'RETURN_STATES',
      'WHOSE_TURN',
      'WORKFLOW_TABLE',
      'allowedEvents',
      'assertTransition',
      'handoverAfter',
      'handoverTo',
      'isRestated',
      'newReturn',
      'provisionalLabel',
      'refusalOfStep',
      'reopen',
      'transition',
      'whoMayAct',
    ]);
    expect(workflow.MAX_COMMENTARY).toBe(4000);
    expect(workflow.MAX_SEND_BACK_REASON).toBe(2000);
  });

  it('starts a new return due, with nothing entered', () => {
    expect(workflow.newReturn('ind-9', '2025/26 Q1')).toMatchObject({
      indicatorId: 'ind-9',
      periodKey: '2025/26 Q1',
      state: 'due',
      value: null,
      enteredBy: null,
      plausibilityConfirmed: false,
    });
  });

  it('moves a return through the public entry point', () => {
    const result = workflow.transition(aReturn('due'), enter(), collector, ctx());
    expect(result.ok && result.next.state).toBe('submitted');
  });
});
