import { describe, expect, it } from 'vitest';
import { buildThread, UNLINKED_TITLE } from './build-thread.js';
import { ACTION_RATINGS, STATUSES, council } from '../../../test/support/council-fixture.js';
import type { ThreadNode } from './types.js';

/** A compact outline: kind, code and state, nested. */
function outline(node: ThreadNode): unknown {
  const label = [node.kind, node.code, node.state].filter(Boolean).join(' ');
  return node.children.length === 0 ? label : { [label]: node.children.map(outline) };
}

function find(node: ThreadNode, kind: ThreadNode['kind'], id: string): ThreadNode {
  const found = flatten(node).find((n) => n.kind === kind && n.id === id);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found;
}

function flatten(node: ThreadNode): ThreadNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

describe('buildThread', () => {
  const thread = buildThread(council(), STATUSES, ACTION_RATINGS);

  it('lays out plan → priorities → objectives → indicators then actions, with unlinked last', () => {
    expect(outline(thread)).toEqual({
      plan: [
        {
          'priority P1': [
            {
              'objective O1.1': [
                'indicator HO1 good',
                'indicator HO2 action',
                'indicator WR10 strong',
                'key-action KA1 good',
              ],
            },
            { 'objective O1.2': ['indicator ASC3 review', 'indicator HO2 action'] },
          ],
        },
        {
          'priority P2': [{ 'objective O2.1': ['indicator WR10 strong', 'key-action KA2 review'] }],
        },
        { unlinked: ['indicator WR2 missing', 'key-action KA3 strong'] },
      ],
    });
    expect(thread).toMatchObject({ kind: 'plan', id: 'plan-1', title: 'Council Plan 2024–2028' });
    expect(thread.children[2]).toMatchObject({ id: 'unlinked', title: UNLINKED_TITLE });
  });

  it('counts every indicator and action in view once at the plan', () => {
    expect(thread.indicatorCounts).toEqual({
      good: 1,
      action: 1,
      review: 1,
      strong: 1,
      missing: 1,
      total: 5,
    });
    expect(thread.actionCounts).toEqual({ good: 1, review: 1, strong: 1, total: 3 });
  });

  it('counts HO2 once for priority P1 although it serves both of its objectives', () => {
    expect(find(thread, 'priority', 'p1').indicatorCounts).toEqual({
      good: 1,
      action: 1,
      review: 1,
      strong: 1,
      total: 4,
    });
    expect(find(thread, 'priority', 'p1').actionCounts).toEqual({ good: 1, total: 1 });
    expect(find(thread, 'priority', 'p2').indicatorCounts).toEqual({ strong: 1, total: 1 });
    expect(find(thread, 'priority', 'p2').actionCounts).toEqual({ review: 1, total: 1 });
  });

  it('gives exact counts per objective and for the unlinked node', () => {
    expect(find(thread, 'objective', 'o11').indicatorCounts).toEqual({
      good: 1,
      action: 1,
      strong: 1,
      total: 3,
    });
    expect(find(thread, 'objective', 'o11').actionCounts).toEqual({ good: 1, total: 1 });
    expect(find(thread, 'objective', 'o12').indicatorCounts).toEqual({
      action: 1,
      review: 1,
      total: 2,
    });
    expect(find(thread, 'objective', 'o12').actionCounts).toEqual({ total: 0 });
    expect(find(thread, 'objective', 'o21').indicatorCounts).toEqual({ strong: 1, total: 1 });
    expect(find(thread, 'unlinked', 'unlinked').indicatorCounts).toEqual({ missing: 1, total: 1 });
    expect(find(thread, 'unlinked', 'unlinked').actionCounts).toEqual({ strong: 1, total: 1 });
  });

  it('gives each leaf its own rating and a count of one', () => {
    expect(find(thread, 'indicator', 'ho2')).toMatchObject({
      title: 'Indicator HO2',
      state: 'action',
      indicatorCounts: { action: 1, total: 1 },
      actionCounts: { total: 0 },
    });
    expect(find(thread, 'key-action', 'ka2')).toMatchObject({
      state: 'review',
      indicatorCounts: { total: 0 },
      actionCounts: { review: 1, total: 1 },
    });
  });

  it('places each leaf in its service, directorate and portfolio (an action through its plan)', () => {
    expect(find(thread, 'key-action', 'ka1').organisation).toEqual({
      serviceId: 's-hous',
      directorateId: 'd-people',
      portfolioId: 'pf-comm',
    });
    expect(find(thread, 'indicator', 'wr10').organisation).toEqual({
      serviceId: 's-waste',
      directorateId: 'd-place',
      portfolioId: 'pf-env',
    });
    expect(find(thread, 'objective', 'o11').organisation).toBeUndefined();
  });

  it('leaves out another plan’s priorities, unrated items and other years’ actions', () => {
    const ids = JSON.stringify(thread);
    expect(ids).not.toContain('p-old');
    expect(ids).not.toContain('ka-old');
    expect(ids).not.toContain('"ka4"');
  });

  it('treats an indicator linked only to another plan’s objective as unlinked', () => {
    const input = council();
    input.indicators = input.indicators.map((i) =>
      i.id === 'ho1' ? { ...i, objectiveIds: ['o-old'] } : i,
    );
    const unlinked = find(buildThread(input, STATUSES, ACTION_RATINGS), 'unlinked', 'unlinked');
    expect(unlinked.children.map((c) => c.code)).toEqual(['HO1', 'WR2', 'KA3']);
  });

  it('has no unlinked node when everything is linked', () => {
    const input = council();
    input.indicators = input.indicators.filter((i) => i.id !== 'wr2');
    input.keyActions = input.keyActions.filter((a) => a.id !== 'ka3');
    const kinds = buildThread(input, STATUSES, ACTION_RATINGS).children.map((c) => c.kind);
    expect(kinds).toEqual(['priority', 'priority']);
  });
});
