// The card for a risk's review (issue 17, "reviews on a timetable"): the risk, its residual score
// now (likelihood × impact and its band, in words), the trend over its reviews and its mitigating
// actions, then — for its owner or the performance team while the review is due — residual
// likelihood and impact (1–5) and a commentary. The button carries the risk's code and the version
// shown, so a review made on a stale card is refused, not applied. Once reviewed (or for anyone
// else) it is the status card: what the last review recorded. Text from people is escaped.
import type { RiskDetailView } from '../../src/app/risks/index.js';
import { MAX_TEXT } from '../../src/app/spot-checks/quarter-input.js';
import type { MitigationStatus } from '../../src/domain/model/types.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { executeWith } from './actions.js';
import { card, type AdaptiveCard, type CardElement, type ExecuteAction } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import type { Tone } from './model.js';
import { fieldError, input, notice, refusalBlock, text, titled } from './parts.js';
import { refreshUserIds } from './refresh-users.js';
import type { Verb } from './verbs.js';

/** What the reviewer typed, kept as text so a refused card shows it back unchanged. */
export interface RiskReviewDraft {
  residualLikelihood: string;
  residualImpact: string;
  commentary: string;
}

export interface RiskReviewCardModel {
  view: RiskDetailView;
  /** The viewer is the risk's owner or the performance team. */
  mayReview: boolean;
  refreshUserIds: string[];
  draft?: RiskReviewDraft;
  /** Problems by input id (`residualLikelihood`, `residualImpact`, `commentary`). */
  errors?: Record<string, string>;
  notice?: { text: string; tone: Tone } | null;
  /** Why the viewer may not review it, shown with "Nothing was changed". */
  refusal?: string | null;
}

/** The commentary a review may carry: the use case's own limit. */
export const MAX_REVIEW_TEXT = MAX_TEXT;

// The common local-authority descriptors for the 1–5 scales, so a choice is not a bare number.
const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];

const MITIGATION_WORDS: Record<MitigationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

const STATE_WORDS: Record<RiskDetailView['reviewState'], string> = {
  overdue: 'Review overdue',
  due: 'Review due',
  scheduled: 'Review scheduled',
  closed: 'Closed: no review needed',
};

export function riskExecute(
  verb: Verb,
  title: string,
  view: Pick<RiskDetailView, 'code' | 'version'>,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return executeWith(verb, title, { riskCode: view.code, version: view.version }, extra);
}

/** "likelihood 4 × impact 3 = 12, high": the score in words, as the register says it. */
export function scoreWords(s: RiskDetailView['residual']): string {
  return `likelihood ${s.likelihood} × impact ${s.impact} = ${s.score}, ${s.band}`;
}

/** The form is offered while the review is due (or overdue) to someone who may make it. */
export function offersReview(model: Pick<RiskReviewCardModel, 'view' | 'mayReview'>): boolean {
  const state = model.view.reviewState;
  return model.mayReview && (state === 'due' || state === 'overdue');
}

function heading(v: RiskDetailView): CardElement[] {
  const when = `review date ${formatDate(v.reviewDate)}${v.reviewOverdue ? ' (overdue)' : ''}`;
  return titled(v.code, v.title, `Risk review · ${STATE_WORDS[v.reviewState]} · ${when}`);
}

function facts(v: RiskDetailView): CardElement {
  const tolerance = v.aboveTolerance
    ? `Above the council’s tolerance of ${v.tolerance}`
    : `Within the council’s tolerance of ${v.tolerance}`;
  return {
    type: 'FactSet',
    spacing: 'Medium',
    facts: [
      { title: 'Owner', value: escapeCardText(v.owner.name, MAX_SHOWN.name) },
      { title: 'Residual score now', value: scoreWords(v.residual) },
      { title: 'Tolerance', value: tolerance },
      { title: 'Inherent score', value: scoreWords(v.inherent) },
      { title: 'Trend', value: v.trend.words },
      { title: 'Status', value: v.status.charAt(0).toUpperCase() + v.status.slice(1) },
    ],
  };
}

function mitigations(v: RiskDetailView): CardElement[] {
  if (!v.mitigations.length) {
    return [text('No mitigating actions recorded.', { isSubtle: true, spacing: 'Medium' })];
  }
  return [
    text('Mitigating actions', { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'FactSet',
      spacing: 'Small',
      facts: v.mitigations.map((m) => ({
        title: MITIGATION_WORDS[m.status],
        value: `${escapeCardText(m.title)} (${escapeCardText(m.owner.name, MAX_SHOWN.name)}, due ${formatDate(m.dueDate)})`,
      })),
    },
  ];
}

/** The latest review: what was recorded, by whom and when. */
export function lastReview(v: RiskDetailView): CardElement[] {
  const r = v.reviews.at(-1);
  if (!r) return [text('Not yet reviewed.', { isSubtle: true, spacing: 'Medium' })];
  return [
    text('Last review', { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'FactSet',
      spacing: 'Small',
      facts: [
        {
          title: 'Reviewed',
          value: `${formatDate(r.date)} by ${escapeCardText(r.reviewer.name, MAX_SHOWN.name)}`,
        },
        { title: 'Residual score', value: scoreWords(r.residual) },
        { title: 'Commentary', value: escapeCardText(r.commentary, MAX_SHOWN.commentary) },
      ],
    },
  ];
}

function levelInput(id: string, label: string, words: string[], value: string): CardElement {
  return input('Input.ChoiceSet', id, label, {
    value,
    style: 'compact',
    isRequired: true,
    errorMessage: `Choose the ${label.toLowerCase()}, 1 to 5`,
    choices: words.map((w, i) => ({ title: `${i + 1} ${w}`, value: String(i + 1) })),
  });
}

function reviewForm(model: RiskReviewCardModel): CardElement[] {
  const r = model.view.residual;
  const d = model.draft ?? {
    residualLikelihood: String(r.likelihood),
    residualImpact: String(r.impact),
    commentary: '',
  };
  const e = model.errors;
  return [
    text('Your review', { weight: 'Bolder', spacing: 'Medium' }),
    levelInput('residualLikelihood', 'Residual likelihood', LIKELIHOOD, d.residualLikelihood),
    ...fieldError(e, 'residualLikelihood'),
    levelInput('residualImpact', 'Residual impact', IMPACT, d.residualImpact),
    ...fieldError(e, 'residualImpact'),
    input('Input.Text', 'commentary', 'Commentary: what has changed, how mitigation is going', {
      value: d.commentary,
      isMultiline: true,
      isRequired: true,
      errorMessage: 'Say what has changed since the last review',
      maxLength: MAX_REVIEW_TEXT,
    }),
    ...fieldError(e, 'commentary'),
  ];
}

export function riskReviewCard(model: RiskReviewCardModel): AdaptiveCard {
  const v = model.view;
  const form = offersReview(model) && !model.refusal;
  const body: CardElement[] = [
    ...heading(v),
    ...notice(model.notice),
    ...refusalBlock('You cannot review this risk', model.refusal),
    facts(v),
    ...mitigations(v),
    ...lastReview(v),
  ];
  const actions: CardElement[] = [];
  if (form) {
    body.push(...reviewForm(model));
    actions.push(riskExecute('risk.review', 'Record the review', v, { style: 'positive' }));
  } else if (v.status !== 'closed') {
    body.push(
      text(
        `Next review: ${formatDate(v.reviewDate)}, by ${escapeCardText(v.owner.name, MAX_SHOWN.name)}.`,
        {
          weight: 'Bolder',
          spacing: 'Medium',
        },
      ),
    );
  }
  return {
    ...card(body, actions),
    refresh: {
      action: riskExecute('risk.refresh', 'Refresh', v, { associatedInputs: 'none' }),
      userIds: refreshUserIds(model.refreshUserIds),
    },
  };
}
