// The digest card: one message listing everything a person is reminded of this cycle (issue 4).
// Each return is answerable from the card: "Open" swaps the digest, in place, for that person's
// own return card (the entry card, through the bot's card.refresh handler), and a figure can be
// typed back as `WR04 1,234` (bot/messages). Pure: a view model in, Adaptive Card JSON out.
import type { Digest, DigestItem } from '../../src/app/nudges/index.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { execute } from '../cards/actions.js';
import { kaExecute } from '../cards/key-action-card.js';
import { planExecute } from '../cards/plan-approval-card.js';
import { riskExecute } from '../cards/risk-review-card.js';
import { deepDiveExecute } from '../cards/deep-dive-card.js';
import { parseDeepDiveSubjectId, planOfApproval } from '../../src/app/nudges/sources/index.js';
import { card, type AdaptiveCard, type CardElement } from '../cards/card-types.js';
import { MAX_SHOWN, escapeCardText } from '../cards/escape.js';
import { text } from '../cards/parts.js';

/** Teams renders long cards badly and caps their size (~28 KB): the rest are counted, not shown. */
export const MAX_DIGEST_ITEMS = 15;

/** Builds a link to a page of the tab (a Teams deep link in a tenant: app/links/tab-page-url). */
export type TabLink = (page: string, label: string) => string;

const TAB_PAGES: Partial<Record<DigestItem['kind'], { title: string; label: string }>> = {
  'spot-check': { title: 'Open the spot check', label: 'Spot checks' },
  'action-plan': { title: 'Open the action plan', label: 'Action plan' },
};

/**
 * The Open button: a return's own card, a key action's update card (issue 13), or for a spot
 * check or an action plan (answered in the tab) a link to its page; none when no link can be made.
 */
function open(i: DigestItem, link: TabLink | undefined): CardElement | null {
  const tabPage = TAB_PAGES[i.kind];
  if (tabPage) {
    if (!i.page || !link) return null;
    return { type: 'Action.OpenUrl', title: tabPage.title, url: link(i.page, tabPage.label) };
  }
  if (i.kind === 'plan-approval') {
    const plan = { id: planOfApproval(i.returnId), version: i.version };
    const title = i.ask === 'enter' ? 'Open to approve' : 'Open the action plan';
    return planExecute('actionPlan.review', title, plan, { associatedInputs: 'none' });
  }
  if (i.kind === 'risk-review') {
    const risk = { code: i.indicatorCode, version: i.version };
    const title = i.ask === 'enter' ? 'Open to review' : 'Open the risk';
    return riskExecute('risk.refresh', title, risk, { associatedInputs: 'none' });
  }
  if (i.kind === 'deep-dive') {
    const review = {
      id: parseDeepDiveSubjectId(i.returnId).reviewId,
      version: i.version,
      tabUrl: i.page && link ? link(i.page, 'Deep-dive review') : null,
    };
    return deepDiveExecute('deepDive.refresh', 'Open the deep-dive review', review, {
      associatedInputs: 'none',
    });
  }
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

const NOUNS: Record<DigestItem['kind'], [string, string]> = {
  return: ['a return', 'returns'],
  'key-action-update': ['a key-action update', 'key-action updates'],
  'spot-check': ['a spot check', 'spot checks'],
  'action-plan': ['an action plan', 'action plans'],
  'plan-approval': ['an action plan to approve', 'action plans to approve'],
  'risk-review': ['a risk review', 'risk reviews'],
  'deep-dive': ['a deep-dive review', 'deep-dive reviews'],
};

/** `2 returns and a key-action update need you`: the digest's heading and its notification text. */
export function digestHeadline(items: DigestItem[]): string {
  const parts = (Object.keys(NOUNS) as DigestItem['kind'][]).flatMap((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    if (!n) return [];
    return [n === 1 ? NOUNS[kind][0] : `${n} ${NOUNS[kind][1]}`];
  });
  const what =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const need = items.length === 1 ? 'needs' : 'need';
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${need} you`;
}

function item(i: DigestItem, link: TabLink | undefined): CardElement {
  const button = open(i, link);
  const title = `${escapeCardText(i.indicatorCode)} ${escapeCardText(i.indicatorTitle, MAX_SHOWN.short)}`;
  const label = `${i.periodLabel.charAt(0).toUpperCase()}${i.periodLabel.slice(1)}`;
  const when = `${label} · due ${formatDate(i.dueDate)}${i.overdue ? ' (overdue)' : ''}`;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(title, { weight: 'Bolder' }),
      text(when, { isSubtle: true, spacing: 'None', color: i.overdue ? 'attention' : 'default' }),
      text(escapeCardText(i.reason, 400), { size: 'Small', spacing: 'Small' }),
      ...(button
        ? [{ type: 'ActionSet', actions: [button] }]
        : [text('Open Golden Thread in Teams to answer it.', { size: 'Small', isSubtle: true })]),
    ],
  };
}

export function digestCard(digest: Digest, link?: TabLink): AdaptiveCard {
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
    ...shown.map((i) => item(i, link)),
    ...(more > 0
      ? [text(`And ${more} more: type \`my returns\` to see them all.`, { isSubtle: true })]
      : []),
  ];
  return { ...card(body), msteams: { width: 'Full' } };
}
