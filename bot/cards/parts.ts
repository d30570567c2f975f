// Pieces every return card shares: the heading, the figure against target and history, who did
// what, and notices. Text from people and from the catalogue goes through escapeCardText.
import type { ActionPlanView } from '../../src/app/action-plans/action-plan-view.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import type { RatingState } from '../../src/domain/model/types.js';
import { formatDate, tryParsePeriod } from '../../src/domain/periods/index.js';
import { ratingLook, type RatingFamily } from '../../src/domain/ratings/palette.js';
import { MAX_URL, formatFigure } from '../../src/domain/values/index.js';
import type { CardElement } from './card-types.js';
import { MAX_SHOWN, escapeCardText, safeUrl } from './escape.js';
import type { Tone } from './model.js';

const STATE_LABELS: Record<ReturnView['state'], string> = {
  due: 'Due',
  submitted: 'Submitted, waiting for the check',
  checked: 'Checked, waiting for authorisation',
  authorised: 'Authorised',
};

// Adaptive Cards have no orange, so "missing" (severe) shares Action's attention colour.
const TONE_OF: Record<RatingFamily, Tone> = {
  success: 'good',
  warning: 'warning',
  danger: 'attention',
  severe: 'attention',
  provisional: 'default',
  neutral: 'default',
};

/** A rating's colour on a card, from the one rating palette. */
export function ratingTone(state: RatingState): Tone {
  return TONE_OF[ratingLook(state).family];
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as a person in the council reads it: `20/11/2025 at 10:00` (London time). */
export function formatInstant(instant: string | null): string {
  if (!instant) return '';
  return LONDON.format(new Date(instant)).replace(', ', ' at ');
}

export function text(value: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

/** A card's title (`WR04 Household waste recycled`) and the subtle line under it. */
export function titled(code: string, title: string, subtitle: string): CardElement[] {
  return [
    text(`${escapeCardText(code)} ${escapeCardText(title, MAX_SHOWN.short)}`, {
      size: 'Large',
      weight: 'Bolder',
      style: 'heading',
    }),
    text(subtitle, { isSubtle: true, spacing: 'None' }),
  ];
}

export function heading(view: ReturnView): CardElement[] {
  const ind = view.indicator;
  const due = `${view.periodLabel} · due ${formatDate(view.dueDate)}${view.overdue ? ' (overdue)' : ''}`;
  return titled(ind.code, ind.title, `${due} · ${STATE_LABELS[view.state]}`);
}

export function definition(view: ReturnView): CardElement[] {
  // The procedure the figure was entered under (today's while it is due): the one to check against.
  const p = view.procedure.procedure;
  const url = safeUrl(p.url);
  return [
    text(escapeCardText(view.indicator.definition, MAX_SHOWN.definition), { size: 'Small' }),
    text(
      `How it is worked out: ${escapeCardText(p.calculation, MAX_SHOWN.definition)} Source: ${escapeCardText(p.source)}.`,
      { size: 'Small', isSubtle: true, spacing: 'Small' },
    ),
    text(`Written procedure: ${view.procedure.label}`, { size: 'Small', spacing: 'Small' }),
    ...(url ? [text(`[Written procedure](${url})`, { size: 'Small', spacing: 'Small' })] : []),
  ];
}

function cell(value: string, extra: CardElement = {}): CardElement {
  return { type: 'Column', width: 'stretch', items: [text(value, { size: 'Small', ...extra })] };
}

function row(cells: CardElement[], extra: CardElement = {}): CardElement {
  return { type: 'ColumnSet', columns: cells, spacing: 'Small', ...extra };
}

export function history(view: ReturnView): CardElement[] {
  if (!view.history.length) return [text('No earlier figures.', { isSubtle: true, size: 'Small' })];
  return [
    text('Last four periods', { weight: 'Bolder', spacing: 'Medium' }),
    row(['Period', 'Figure', 'Target', 'Rating'].map((h) => cell(h, { weight: 'Bolder' }))),
    ...view.history.map((h) =>
      row([
        cell(h.periodLabel),
        cell(h.valueText),
        cell(h.targetText),
        cell(h.rating.label, { color: ratingTone(h.rating.state) }),
      ]),
    ),
  ];
}

/** "Checked by Sam, 03/12/2026 10:04": a fact only when someone did it. */
export function whoFact(
  label: string,
  ref: { name: string } | null,
  at: string | null,
): Array<{ title: string; value: string }> {
  if (!ref) return [];
  return [
    { title: label, value: `${escapeCardText(ref.name, MAX_SHOWN.name)}, ${formatInstant(at)}` },
  ];
}

/** An input with its id and label; `extra` holds the rest of its properties. */
export function input(type: string, id: string, label: string, extra: CardElement): CardElement {
  return { type, id, label, ...extra };
}

/** The evidence link, asked the same way on every form card. */
export function evidenceInput(value: string): CardElement {
  return input('Input.Text', 'evidenceUrl', 'Evidence link', {
    value,
    style: 'Url',
    placeholder: 'https://…',
    maxLength: MAX_URL,
  });
}

/**
 * The latest comparator quartile in words, as context beside the target (never a rating):
 * "Q1 2025/26: 2nd quartile of 16 CIPFA nearest neighbours; CIPFA nearest neighbours average 52.0%".
 * Group names come from an import, so they are escaped like any other imported text.
 */
export function benchmarkWords(view: ReturnView): string | null {
  const b = view.benchmark;
  if (!b) return null;
  const average = `${escapeCardText(b.average.label)} ${b.average.text}`;
  return `${b.periodLabel}: ${escapeCardText(b.words)}; ${average}`;
}

/** The benchmark line under the target on the entry card, or nothing. */
export function benchmarkLine(view: ReturnView): CardElement[] {
  const words = benchmarkWords(view);
  return words ? [text(`Against comparators, ${words}`, { isSubtle: true, spacing: 'None' })] : [];
}

/** The recorded figure and who did what, as the checker and authoriser need to see it. */
export function recorded(view: ReturnView): CardElement {
  const facts: Array<{ title: string; value: string }> = [];
  const figure =
    view.value === null && view.notAvailableReason
      ? `Not available: ${escapeCardText(view.notAvailableReason, MAX_SHOWN.reason)}`
      : view.valueText;
  facts.push({ title: 'Figure', value: figure });
  facts.push({ title: 'Target', value: view.targetText });
  const benchmark = benchmarkWords(view);
  if (benchmark) facts.push({ title: 'Against comparators', value: benchmark });
  facts.push({ title: 'Rating', value: view.rating.label });
  if (view.forecast !== null)
    facts.push({
      title: 'Year-end forecast',
      value: formatFigure(view.forecast, view.indicator),
    });
  if (view.commentary) {
    facts.push({
      title: 'Commentary',
      value: escapeCardText(view.commentary, MAX_SHOWN.commentary),
    });
  }
  if (view.evidenceUrl) {
    const url = safeUrl(view.evidenceUrl);
    facts.push({ title: 'Evidence', value: url ? `[Open the evidence](${url})` : 'given' });
  }
  facts.push(
    ...whoFact('Submitted by', view.enteredBy, view.enteredAt),
    ...whoFact('Checked by', view.checkedBy, view.checkedAt),
    ...whoFact('Authorised by', view.authorisedBy, view.authorisedAt),
  );
  if (view.plausibilityConfirmed) {
    facts.push({ title: 'Confirmed', value: 'The officer confirmed this figure is right' });
  }
  return { type: 'FactSet', facts, spacing: 'Medium' };
}

/** Why it was sent back, and by whom: a return's, or a key-action update's. */
export function sentBack(view: Pick<ReturnView, 'sentBackReason' | 'sentBackBy'>): CardElement[] {
  if (!view.sentBackReason) return [];
  const by = view.sentBackBy ? escapeCardText(view.sentBackBy.name, MAX_SHOWN.name) : 'Someone';
  return [
    {
      type: 'Container',
      style: 'warning',
      items: [
        text(`${by} sent this back: ${escapeCardText(view.sentBackReason, MAX_SHOWN.reason)}`),
      ],
    },
  ];
}

export function notice(note: { text: string; tone: Tone } | null | undefined): CardElement[] {
  if (!note) return [];
  const style = note.tone === 'good' ? 'good' : note.tone === 'default' ? 'emphasis' : note.tone;
  return [
    {
      type: 'Container',
      style,
      items: [text(escapeCardText(note.text, 1000), { weight: 'Bolder' })],
    },
  ];
}

/** The error shown under an input, in the attention colour (Adaptive Cards have no server errors). */
export function fieldError(
  errors: Record<string, string> | undefined,
  field: string,
): CardElement[] {
  const message = errors?.[field];
  if (!message) return [];
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return [
    text(escapeCardText(sentence, 400), {
      color: 'attention',
      size: 'Small',
      spacing: 'None',
      id: `${field}Error`,
    }),
  ];
}

/**
 * An action plan beside the figure (issue 14): owner, due date and any overdue mark in words, when
 * it should be back on target, each corrective action with its date and whether it is done, the
 * latest progress and its approval. `brief` keeps to the lines a checker choosing a plan needs.
 */
export function planSummary(plan: ActionPlanView, brief = false): CardElement[] {
  const small = { size: 'Small', spacing: 'Small' } as const;
  const overdue = plan.overdueLabel ? `, ${plan.overdueLabel}` : '';
  const recovery = tryParsePeriod(plan.expectedRecovery)?.label ?? plan.expectedRecovery;
  const approver = plan.approver ? ` (by ${escapeCardText(plan.approver, MAX_SHOWN.name)})` : '';
  const latest = plan.progressViews.at(-1);
  const progress = latest
    ? `${latest.on}, ${escapeCardText(latest.byName, MAX_SHOWN.name)}: ${escapeCardText(latest.text, MAX_SHOWN.reason)}`
    : 'None noted yet';
  const owner = { title: 'Owner', value: escapeCardText(plan.ownerName, MAX_SHOWN.name) };
  const facts = [
    { title: 'Back on target by', value: escapeCardText(recovery) },
    { title: 'Latest progress', value: progress },
  ];
  // The label already says when it is due and since when it is overdue.
  const line = escapeCardText(plan.label, MAX_SHOWN.short);
  if (brief) {
    return [
      text(line, { size: 'Small', weight: 'Bolder', spacing: 'Medium' }),
      { type: 'FactSet', facts: [owner, ...facts], spacing: 'Small' },
    ];
  }
  const steps = plan.correctiveActionViews.map((a) => {
    const state = a.done ? 'Done' : a.overdue ? 'Not done, overdue' : 'Not done';
    return `${state}: ${escapeCardText(a.title)} (by ${a.dueOn})`;
  });
  return [
    text(line, { weight: 'Bolder', spacing: 'Small' }),
    {
      type: 'FactSet',
      facts: [
        { title: 'Reasons', value: escapeCardText(plan.reasons, MAX_SHOWN.reason) },
        { title: 'Actions', value: escapeCardText(plan.actions, MAX_SHOWN.reason) },
        owner,
        { title: 'Due', value: `${plan.dueOn}${overdue}` },
        ...facts,
        { title: 'Approval', value: `${plan.approvalLabel}${approver}` },
      ],
    },
    ...(steps.length ? [text('Corrective actions', { ...small, weight: 'Bolder' })] : []),
    ...steps.map((step) => text(step, { size: 'Small', spacing: 'None' })),
  ];
}

/**
 * A refusal in the card that was acted on: what could not be done, the reason (untrusted: a
 * server message can quote what a person typed), and that nothing changed. Empty without a reason.
 */
export function refusalBlock(heading: string, reason: string | null | undefined): CardElement[] {
  if (!reason) return [];
  return [
    {
      type: 'Container',
      style: 'attention',
      items: [
        text(heading, { weight: 'Bolder' }),
        text(escapeCardText(reason, MAX_SHOWN.reason)),
        text('Nothing was changed.', { weight: 'Bolder' }),
      ],
    },
  ];
}
