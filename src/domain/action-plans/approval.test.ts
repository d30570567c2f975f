// Who approves a plan under each council rule, and that somebody always can.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionPlanApprovalRule } from '../model/types.js';
import { approvalAtStart, approversOf, approverWords } from './approval.js';

const people = {
  authoriserId: 'ao',
  delegateOf: (id: string) => (id === 'ao' ? 'ao-delegate' : null),
  adminIds: ['perf-1', 'perf-2'],
};
const pending = { ownerId: 'ro', approval: 'pending' as const, status: 'open' as const };
const panel: ActionPlanApprovalRule = {
  kind: 'panel',
  name: 'Corporate Performance Panel',
  memberIds: ['m1', 'm2', 'ro'],
};

describe('plan approval', () => {
  it('starts not needed under the default rule, pending under the others', () => {
    expect(approvalAtStart({ kind: 'none' })).toBe('not-needed');
    expect(approvalAtStart({ kind: 'authoriser' })).toBe('pending');
    expect(approvalAtStart(panel)).toBe('pending');
  });

  it('is for the Authorising Officer and their delegate, or any panel member', () => {
    expect(approversOf({ kind: 'authoriser' }, pending, people)).toEqual(['ao', 'ao-delegate']);
    expect(approversOf(panel, pending, people)).toEqual(['m1', 'm2']);
    expect(approverWords(panel)).toBe('the Corporate Performance Panel');
  });

  it('never lets the owner approve their own plan, and falls to the performance team', () => {
    expect(approversOf({ kind: 'authoriser' }, { ...pending, ownerId: 'ao' }, people)).toEqual([
      'ao-delegate',
    ]);
    const onlyOwner: ActionPlanApprovalRule = { ...panel, memberIds: ['ro'] };
    expect(approversOf(onlyOwner, pending, people)).toEqual(['perf-1', 'perf-2']);
  });

  it('has nobody to approve once decided, closed, or when not needed', () => {
    expect(approversOf(panel, { ...pending, approval: 'approved' }, people)).toEqual([]);
    expect(approversOf(panel, { ...pending, status: 'closed' }, people)).toEqual([]);
    expect(approversOf({ kind: 'none' }, pending, people)).toEqual([]);
  });

  it('always leaves a pending plan with someone other than its owner to approve it', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        id,
        fc.option(id, { nil: null }),
        fc.array(id, { maxLength: 3 }),
        fc.array(id, { minLength: 2, maxLength: 3 }).filter((a) => new Set(a).size > 1),
        id,
        fc.boolean(),
        (authoriserId, delegate, memberIds, adminIds, ownerId, usePanel) => {
          const rule: ActionPlanApprovalRule = usePanel
            ? { kind: 'panel', name: 'Panel', memberIds }
            : { kind: 'authoriser' };
          const who = approversOf(
            rule,
            { ownerId, approval: 'pending', status: 'open' },
            { authoriserId, delegateOf: () => delegate, adminIds },
          );
          expect(who.length).toBeGreaterThan(0);
          expect(who).not.toContain(ownerId);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
