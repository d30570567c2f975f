import { describe, expect, it } from 'vitest';
import * as workflow from './index.js';
import { aReturn, collector, ctx, enter } from './workflow-fixtures.js';

describe('workflow public surface', () => {
  it('exposes the table, the limits and the three functions', () => {
    expect(Object.keys(workflow).sort()).toEqual([
      'MAX_COMMENTARY',
      'MAX_SEND_BACK_REASON',
      'RETURN_EVENT_TYPES',
      'RETURN_STATES',
      'WORKFLOW_TABLE',
      'allowedEvents',
      'assertTransition',
      'transition',
    ]);
    expect(workflow.MAX_COMMENTARY).toBe(4000);
    expect(workflow.MAX_SEND_BACK_REASON).toBe(2000);
  });

  it('moves a return through the public entry point', () => {
    const result = workflow.transition(aReturn('due'), enter(), collector, ctx());
    expect(result.ok && result.next.state).toBe('submitted');
  });
});
