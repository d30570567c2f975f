// The digest card: one message listing everything a person is reminded of this cycle (issue 4).
// Each return is answerable from the card: "Open" swaps the digest, in place, for that person's
// own return card (the entry card, through the bot's card.refresh handler), and a figure can be
// typed back as `WR04 1,234` (bot/messages). Pure: a view model in, Adaptive Card JSON out.
import type { Digest, DigestItem } from '../../src/app/nudges/index.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { execute } from '../cards/actions.js';
import { kaExecute } from '../cards/key-action-card.js';
import { card, type AdaptiveCard, type CardElement } from '../cards/card-types.js';
import { MAX_SHOWN, escapeCardText } from '../cards/escape.js';
import { text } from '../cards/parts.js';

/** Teams renders long cards badly and caps their size (~28 KB): the rest are counted, not shown. */
export const MAX_DIGEST_ITEMS = 15;

/** The Open button: a return's own card, or a key action's update card (issue 13). */
function open(i: DigestItem): CardElement {
  if (i.kind === 'key-action-update') {
    return kaExecute(
      'keyAction.refresh',
      i.ask === 'enter' ? 'Open to give the update' : 'Open the update',
      { id: i.returnId, version: i.version },
      { associatedInputs: 'none' },
    );
  }
  return execute(
    'card.refresh',
    i.ask === 'enter' ? 'Open to enter the figure' : 'Open the return',
    { id: i.returnId, version: i.version },
    { associatedInputs: 'none' },
  );
}

/** `2 returns and a key-action update need you`: the digest's heading and its notification text. */
export function digestHeadline(items: DigestItem[]): string {
  const updates = items.filter((i) => i.kind === 'key-action-update').length;
  const returns = items.length - updates;
  const r = returns === 1 ? 'a return' : `${returns} returns`;
  const u = updates === 1 ? 'a key-action update' : `${updates} key-action updates`;
  const what = !updates ? r : !returns ? u : `${r} and ${u}`;
  const need = items.length === 1 ? 'needs' : 'need';
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${need} you`;
}

function item(i: DigestItem): CardElement {
  const title = `${escapeCardText(i.indicatorCode)} ${escapeCardText(i.indicatorTitle, MAX_SHOWN.short)}`;
  const when = `${i.periodLabel} · due ${formatDate(i.dueDate)}${i.overdue ? ' (overdue)' : ''}`;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(title, { weight: 'Bolder' }),
      text(when, { isSubtle: true, spacing: 'None', color: i.overdue ? 'attention' : 'default' }),
      text(escapeCardText(i.reason, 400), { size: 'Small', spacing: 'Small' }),
      { type: 'ActionSet', actions: [open(i)] },
    ],
  };
}

export function digestCard(digest: Digest): AdaptiveCard {
  const shown = digest.items.slice(0, MAX_DIGEST_ITEMS);
  const more = digest.items.length - shown.length;
  const anyEnter = digest.items.some((i) => i.ask === 'enter' && i.kind === 'return');
  const firstUpdate = shown.find((i) => i.ask === 'enter' && i.kind === 'key-action-update');
  const body: CardElement[] = [
    text(digestHeadline(digest.items), {
      size: 'Large',
      weight: 'Bolder',
      style: 'heading',
    }),
    ...(anyEnter
      ? [
          text(
            'Open a return to enter its figure, or reply with its code and the figure, e.g. ' +
              `${escapeCardText(shown.find((i) => i.ask === 'enter' && i.kind === 'return')?.indicatorCode ?? 'WR04')} 1,234. ` +
              'Reply “remind me tomorrow” or “on leave until 14/08” if now is not a good time.',
            { size: 'Small', isSubtle: true },
          ),
        ]
      : []),
    ...(firstUpdate
      ? [
          text(
            'Open a key action to give its progress, or reply with its code, status, % complete ' +
              `and a comment, e.g. ${escapeCardText(firstUpdate.indicatorCode)} on track 60% planning permission granted.`,
            { size: 'Small', isSubtle: true },
          ),
        ]
      : []),
    ...shown.map(item),
    ...(more > 0
      ? [text(`And ${more} more: type \`my returns\` to see them all.`, { isSubtle: true })]
      : []),
  ];
  return { ...card(body), msteams: { width: 'Full' } };
}
