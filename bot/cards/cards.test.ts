import { AC, parseProblems } from '../../test/support/cards/parse-problems.js';
import { describe, expect, it } from 'vitest';
import { allText, action, input } from '../../test/protocol/support/cards.js';
import { everyCard } from '../../test/support/cards/catalogue.js';
import {
  AUTHORISER,
  CHECKER,
  sampleModel,
  samplePlan,
  sampleView,
} from '../../test/support/cards/fixtures.js';
import { reviewCard } from './review-card.js';
import { escapeCardText } from './escape.js';
import { refreshUserIds } from './refresh-users.js';

function parsed(json: unknown): any {
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext());
  return card;
}

const cards = everyCard();

describe('every card the bot can send', () => {
  it.each(Object.keys(cards))(
    '%s parses with the official adaptivecards library, without warnings',
    (name) => {
      expect(cards[name]!.version).toBe('1.5');
      expect(parseProblems(cards[name])).toEqual([]);
    },
  );

  it('the parser notices a broken card (so the test above can fail)', () => {
    expect(
      parseProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] }),
    ).not.toEqual([]);
  });
});

describe('the comparator quartile on the return cards', () => {
  it('sits under the target on the entry card, in words, the group name escaped', () => {
    const words = allText(cards['entry-with-benchmark']!);
    const line =
      'Against comparators, Q1 2025/26: 2nd quartile of 16 CIPFA \\*nearest\\* neighbours; ' +
      'CIPFA \\*nearest\\* neighbours average 19,100';
    expect(words).toContain(line);
    expect(words.indexOf(line)).toBeGreaterThan(words.indexOf('Target for Q2 2025/26: 18,500'));
    // Before the figure's input: seen while the officer types.
    const body = JSON.stringify(cards['entry-with-benchmark']!.body);
    expect(body.indexOf('Against comparators')).toBeLessThan(body.indexOf('"id":"value"'));
    // Without comparator figures, no line.
    expect(allText(cards.entry!)).not.toContain('Against comparators');
  });

  it('is a fact beside the target on the check card', () => {
    expect(allText(cards['check-with-benchmark']!)).toContain(
      'Target: 18,500\nAgainst comparators: Q1 2025/26: 2nd quartile of 16 CIPFA',
    );
  });
});

describe('the return cards', () => {
  it('carry the return id and version on every action, and refresh for each role', () => {
    const entry = cards.entry!;
    expect(action(entry, 'return.submit').data).toEqual({ returnId: 'r-1', version: '7' });
    expect(entry.refresh).toEqual({
      action: expect.objectContaining({
        type: 'Action.Execute',
        verb: 'card.refresh',
        data: { returnId: 'r-1', version: '7' },
      }),
      userIds: ['29:p-15', '29:p-8', '29:p-5'],
    });
  });

  it('links the entry card to the tab for breakdowns only when a link is known (issue 16)', () => {
    const linked = cards['entry-with-breakdowns-link']!.actions as { type: string; url?: string }[];
    expect(linked.filter((a) => a.type === 'Action.OpenUrl')).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Add breakdowns in the tab',
        url: 'https://gt.example/#/indicators/WR04?breakdowns=2025-10',
      },
    ]);
    const plain = cards.entry!.actions as { type: string }[];
    expect(plain.some((a) => a.type === 'Action.OpenUrl')).toBe(false);
  });

  it('keeps what was typed and puts each error under its field', () => {
    const card = cards['entry-with-errors']!;
    expect(input(card, 'value').value).toBe('twenty thousand');
    const body = JSON.stringify(card.body);
    expect(body.indexOf('"id":"valueError"')).toBeGreaterThan(body.indexOf('"id":"value"'));
    expect(body.indexOf('"id":"valueError"')).toBeLessThan(body.indexOf('"id":"commentary"'));
  });

  it('asks for confirmation with a Confirm button', () => {
    const card = cards['entry-confirm']!;
    expect(allText(card)).toContain('Is 203,720 right?');
    expect(action(card, 'return.confirm').title).toBe('Yes, it is right: submit');
  });

  it('asks the checker of an off-target figure for an action plan, and offers writing one', () => {
    expect(input(cards['check-off-target']!, 'actionPlanId').choices).toHaveLength(1);
    expect(action(cards['check-off-target']!, 'actionPlan.write')).toBeTruthy();
    expect(action(cards['check-off-target-no-plan']!, 'return.check')).toBeUndefined();
    expect(action(cards.check!, 'return.check')).toBeTruthy();
  });

  it('shows the final state with who decided and when (London time, dd/mm/yyyy)', () => {
    const text = allText(cards['status-authorised']!);
    expect(text).toContain('Authorised by: Morwenna Kettering, 21/11/2025 at 09:15');
    expect(text).toContain('Checked by: Callum Fairweather, 20/11/2025 at 11:30');
    expect(cards['status-authorised']!.actions).toBeUndefined();
  });
});

describe('the action plan for an off-target figure (issue 14)', () => {
  const overdue = samplePlan('ap-1', {}, true);
  const onTime = samplePlan('ap-2', {
    periodKey: '2025/26 Q2',
    label: '2025/26 Q2: Route review (due 31/12/2025)',
  });
  const offTarget = (overrides: Parameters<typeof sampleView>[2] = {}) =>
    sampleView('submitted', ['check', 'send-back'], {
      value: 15020,
      valueText: '15,020',
      rating: { state: 'action', label: 'Action', relativeDifference: -0.19 },
      openPlans: [overdue, onTime],
      ...overrides,
    });
  const checkCard = (overrides: Parameters<typeof sampleView>[2] = {}, extras = {}) =>
    reviewCard(sampleModel(offTarget(overrides), { planOwners: [CHECKER], ...extras }));
  /** The Action.Execute of `verb` as the official library parsed it, wherever it nests. */
  function parsedAction(card: any, verb: string): any {
    const search = (c: any): any => {
      for (let i = 0; i < c.getActionCount(); i++) {
        const a = c.getActionAt(i);
        if (a.verb === verb) return a;
        const inner = a.card ? search(a.card) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return search(card);
  }

  it('chooses no plan for the checker, and asks them to choose one or write one', () => {
    const json = checkCard();
    expect(parseProblems(json)).toEqual([]);
    const choice = parsed(json).getElementById('actionPlanId');
    expect(choice.label).toBe('Update which open action plan?');
    expect(choice.defaultValue).toBeUndefined();
    expect(choice.isRequired).toBe(true);
    expect(choice.errorMessage).toMatch(/choose the plan/i);
    expect(choice.placeholder).toBe('Choose a plan');
    expect(input(json, 'actionPlanId').choices.map((c: any) => c.value)).toEqual(['ap-1', 'ap-2']);
    expect(allText(json)).toContain('Choose an open plan to update, or write a new one');
    const update = parsed(json).getElementById('planUpdate');
    expect(update.label).toBe(
      'Where does the plan stand? (added to the plan; needed if it is overdue)',
    );
    expect(update.maxLength).toBe(4000);
  });

  it('keeps the required choice out of the way of writing a new plan', () => {
    const card = parsed(checkCard());
    const pass = Object.keys(parsedAction(card, 'return.check').getReferencedInputs());
    const write = Object.keys(parsedAction(card, 'actionPlan.write').getReferencedInputs());
    expect(pass).toEqual(expect.arrayContaining(['actionPlanId', 'planUpdate']));
    expect(write).not.toContain('actionPlanId');
    expect(write).toEqual(
      expect.arrayContaining(['reasons', 'actions', 'firstActionTitle', 'firstActionDate']),
    );
  });

  it('marks an overdue plan in words, in its choice and in its summary', () => {
    const json = checkCard();
    const titles = input(json, 'actionPlanId').choices.map((c: any) => c.title);
    expect(titles[0]).toContain('overdue since 30/09/2025');
    expect(titles[1]).not.toContain('overdue');
    const text = allText(json);
    expect(text).toContain(
      'Door-to-door canvassing \\[here\\]\\(javascript:alert\\(1\\)\\) \\(due 30/09/2025, overdue since 30/09/2025\\)',
    );
    expect(text).toContain('Owner: Callum Fairweather');
    expect(text).toContain(
      'Latest progress: 02/10/2025, Callum Fairweather: Leaflets \\*out\\* &lt;i&gt;',
    );
  });

  it('keeps a choice only when it is still open: the return’s own, or the checker’s on a refused card', () => {
    const chosen = (card: any) => parsed(card).getElementById('actionPlanId').defaultValue;
    expect(chosen(checkCard({ actionPlanId: 'ap-2' }))).toBe('ap-2');
    expect(chosen(checkCard({ actionPlanId: 'ap-closed' }))).toBeUndefined();
    const refused = checkCard(
      {},
      {
        planDraft: { actionPlanId: 'ap-1', planUpdate: 'Crews *hired*' },
        errors: { planUpdate: 'that action plan is overdue, so say where it stands' },
      },
    );
    expect(chosen(refused)).toBe('ap-1');
    expect(input(refused, 'planUpdate').value).toBe('Crews *hired*');
    expect(allText(refused)).toContain('That action plan is overdue, so say where it stands');
  });

  it('shows the Authorising Officer the plan the check attached, beside the figure', () => {
    const view = sampleView('checked', ['authorise', 'send-back'], {
      value: 15020,
      valueText: '15,020',
      rating: { state: 'action', label: 'Action', relativeDifference: -0.19 },
      actionPlanId: 'ap-1',
      actionPlan: overdue,
    });
    const json = reviewCard(sampleModel(view));
    expect(parseProblems(json)).toEqual([]);
    const text = allText(json);
    expect(text).toContain('Action plan attached at the check');
    expect(text).toContain('Owner: Callum Fairweather');
    expect(text).toContain('Due: 30/09/2025, overdue since 30/09/2025');
    expect(text).toContain('Back on target by: Q4 2025/26');
    expect(text).toContain('Done: Print the leaflets (by 01/08/2025)');
    expect(text).toContain('Not done, overdue: Canvass the estates (by 30/09/2025)');
    expect(text).toContain('Latest progress: 02/10/2025, Callum Fairweather');
    expect(text).toContain('Approval: Approved (by the Authorising Officer)');
    // Untrusted words are escaped: the plan's link is text, its HTML is entities.
    expect(text).toContain('Reasons: Fewer sign-ups after the \\*price\\* rise &lt;b&gt;');
    expect(text).not.toContain('[here](javascript');
    // The figure comes before the plan, and an authoriser is not asked to choose one.
    expect(text.indexOf('Figure: 15,020')).toBeLessThan(text.indexOf('Action plan attached'));
    expect(input(json, 'actionPlanId')).toBeUndefined();
    // An on-target return without a plan shows none.
    expect(allText(reviewCard(sampleModel(sampleView('checked', ['authorise']))))).not.toContain(
      'Action plan attached',
    );
    expect(AUTHORISER.name).not.toBe(CHECKER.name);
  });
});

describe('escapeCardText', () => {
  it('escapes markdown and HTML and bounds the length', () => {
    expect(escapeCardText('[x](javascript:alert(1)) *b* <i>')).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* &lt;i&gt;',
    );
    expect(escapeCardText('- item\n1. first')).toBe('\\- item\n1\\. first');
    expect(escapeCardText('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(escapeCardText('tab\u0007bell\u202eflip')).toBe('tabbellflip');
  });
});

describe('refresh.userIds', () => {
  const entraId = '00000000-0000-4000-8000-000000000015';

  it('holds Teams user ids only, each once, in the order given', () => {
    expect(refreshUserIds(['29:a', entraId, '29:b', '29:a', '', '29:', 'a:x'])).toEqual([
      '29:a',
      '29:b',
    ]);
  });

  it('stops at 60 users, as Teams refreshes at most 60 user-specific views', () => {
    const many = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
    const ids = refreshUserIds(many);
    expect(ids).toHaveLength(60);
    expect(ids.at(-1)).toBe('29:user-59');
  });
});
