// The card for a deep-dive review (issue 16), opened from the reminder digest: the indicator, where
// the review stands, its lead, who asked for it, its scope, each of Derbyshire's questions with the
// answer written so far (or "Not answered yet"), and once written the findings, recommendations
// and outcome. The answers are long prose written in the tab, so the card links there to write
// them rather than asking for them in chat. Text from people is escaped; the link is http(s) only.
import type { DeepDiveView } from '../../src/app/deep-dives/index.js';
import { executeWith } from './actions.js';
import { card, type AdaptiveCard, type CardElement, type ExecuteAction } from './card-types.js';
import { MAX_SHOWN, escapeCardText, safeUrl } from './escape.js';
import { text, titled } from './parts.js';
import { refreshUserIds } from './refresh-users.js';
import type { Verb } from './verbs.js';

export interface DeepDiveCardModel {
  view: DeepDiveView;
  /** The tab's page for the review (the indicator's page), or null when no link can be made. */
  tabUrl: string | null;
  refreshUserIds: string[];
}

/** A button carrying the review's id, the version shown and the tab link it was sent with. */
export function deepDiveExecute(
  verb: Verb,
  title: string,
  review: { id: string; version: string; tabUrl?: string | null },
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  const link = safeUrl(review.tabUrl);
  return executeWith(
    verb,
    title,
    { deepDiveId: review.id, version: review.version, ...(link ? { tabUrl: link } : {}) },
    extra,
  );
}

function facts(v: DeepDiveView): CardElement {
  const facts = [
    {
      title: 'Lead officer',
      value:
        escapeCardText(v.lead.name, MAX_SHOWN.name) +
        (v.lead.hasLeft ? ' (has left: the performance team will reassign it)' : ''),
    },
    { title: 'Why a deep dive', value: escapeCardText(v.triggerWords, MAX_SHOWN.short) },
    { title: 'Started', value: v.requestedAtText },
    { title: 'Due', value: v.dueDateText },
    { title: 'Questions answered', value: `${v.answered} of ${v.questions.length}` },
  ];
  if (v.actionPlan) {
    facts.push({
      title: 'Action plan',
      value: escapeCardText(v.actionPlan.label, MAX_SHOWN.short),
    });
  }
  return { type: 'FactSet', spacing: 'Medium', facts };
}

function section(title: string, body: string, empty: string | null): CardElement[] {
  if (!body && empty === null) return [];
  return [
    text(escapeCardText(title, MAX_SHOWN.short), { weight: 'Bolder', spacing: 'Medium' }),
    body
      ? text(escapeCardText(body, MAX_SHOWN.commentary), { spacing: 'Small' })
      : text(empty!, { isSubtle: true, spacing: 'Small' }),
  ];
}

export function deepDiveCard(model: DeepDiveCardModel): AdaptiveCard {
  const v = model.view;
  const link = safeUrl(model.tabUrl);
  const body: CardElement[] = [
    ...titled(v.indicator.code, v.indicator.title, `Deep-dive review · ${v.standing}`),
    facts(v),
    ...section('Scope', v.scope, null),
    ...v.questions.flatMap((q) =>
      section(q.question, q.answer, v.status === 'open' ? 'Not answered yet.' : 'Not answered.'),
    ),
    ...section('Findings', v.findings, v.status === 'open' ? 'Not written yet.' : null),
    ...section('Recommendations', v.recommendations, null),
    ...section('Outcome', v.outcome, null),
  ];
  if (v.may.write) {
    body.push(
      text(
        'Write the answers, findings and recommendations on the indicator’s page in Golden Thread.',
        {
          weight: 'Bolder',
          spacing: 'Medium',
        },
      ),
    );
  }
  const actions: CardElement[] = link
    ? [{ type: 'Action.OpenUrl', title: 'Open the review in Golden Thread', url: link }]
    : [];
  return {
    ...card(body, actions),
    refresh: {
      action: deepDiveExecute(
        'deepDive.refresh',
        'Refresh',
        { ...v, tabUrl: link },
        { associatedInputs: 'none' },
      ),
      userIds: refreshUserIds(model.refreshUserIds),
    },
  };
}
