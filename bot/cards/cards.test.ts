import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allText, action, input } from '../../test/protocol/support/cards.js';
import { everyCard } from './catalogue.js';
import { escapeCardText } from './escape.js';
import { refreshUserIds } from './refresh-users.js';

// The UMD build parses in Node without a DOM (its ESM build has extensionless imports).
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

function parseProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  const validation = card.validateProperties();
  for (let i = 0; i < validation.validationEvents.length; i++) {
    problems.push(validation.validationEvents[i].message);
  }
  return problems;
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
