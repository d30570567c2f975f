// The card for one key action's progress update (issue 13), shaped by what the viewer may do now:
// the owner's form (status, outcome, % complete, commentary, evidence link, revised due date with
// its reason, next milestone); when the council checks updates, the service head's check card;
// otherwise where it stands. Buttons carry the update's id and the version shown, so a stale card
// is refused, not applied. Text from people goes through escapeCardText.
import type { KeyActionUpdateView } from '../../src/app/key-action-updates/index.js';
import {
  ACTION_OUTCOMES,
  ACTION_OUTCOME_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  MAX_MILESTONE_TEXT,
  MAX_UPDATE_TEXT,
} from '../../src/domain/key-actions/index.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { executeWith } from './actions.js';
import { card, type AdaptiveCard, type CardElement, type ExecuteAction } from './card-types.js';
import { MAX_SHOWN, escapeCardText, safeUrl } from './escape.js';
import type { Tone } from './model.js';
import {
  evidenceInput,
  fieldError,
  input,
  notice,
  sentBack,
  text,
  titled,
  whoFact,
} from './parts.js';
import { refreshUserIds } from './refresh-users.js';
import type { Verb } from './verbs.js';

/** What the owner typed, kept as text so a refused card shows it back unchanged. */
export interface UpdateDraft {
  status: string;
  outcome: string;
  percentComplete: string;
  commentary: string;
  evidenceUrl: string;
  revisedDueDate: string;
  revisedDueReason: string;
  nextMilestone: string;
}

export interface KeyActionCardModel {
  view: KeyActionUpdateView;
  refreshUserIds: string[];
  draft?: UpdateDraft;
  errors?: Record<string, string>;
  notice?: { text: string; tone: Tone } | null;
}

const STATE_LABELS: Record<KeyActionUpdateView['state'], string> = {
  due: 'Update due',
  submitted: 'Update given',
  checked: 'Update checked',
};

export function draftFromUpdate(view: KeyActionUpdateView): UpdateDraft {
  const given = view.status !== null;
  return {
    status: view.status ?? view.action.status,
    outcome: view.outcome ?? view.action.outcome,
    percentComplete: String(view.percentComplete ?? view.action.percentComplete),
    commentary: given ? view.commentary : '',
    evidenceUrl: view.evidenceUrl ?? '',
    revisedDueDate: view.revisedDueDate ?? '',
    revisedDueReason: view.revisedDueReason ?? '',
    nextMilestone: given ? view.nextMilestone : view.action.nextMilestone,
  };
}

export function kaExecute(
  verb: Verb,
  title: string,
  view: Pick<KeyActionUpdateView, 'id' | 'version'>,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return executeWith(verb, title, { updateId: view.id, version: view.version }, extra);
}

function heading(view: KeyActionUpdateView): CardElement[] {
  const a = view.action;
  const due = `${view.periodLabel} update · due ${formatDate(view.dueDate)}${view.overdue ? ' (overdue)' : ''}`;
  return titled(a.code, a.title, `${due} · ${STATE_LABELS[view.state]}`);
}

/** The action's latest accepted progress: what the update changes. */
function standing(view: KeyActionUpdateView): CardElement {
  const a = view.action;
  const facts = [
    { title: 'Status', value: `${a.statusLabel}, ${a.percentComplete}% complete` },
    { title: 'Rating', value: a.rating.label },
    {
      title: 'Action due',
      value: a.revisedDueDate
        ? `${formatDate(a.revisedDueDate)} (revised from ${formatDate(a.dueDate)})`
        : formatDate(a.dueDate),
    },
  ];
  if (a.lastUpdate)
    facts.push({ title: 'Last update', value: escapeCardText(a.lastUpdate, MAX_SHOWN.commentary) });
  if (a.nextMilestone)
    facts.push({ title: 'Next milestone', value: escapeCardText(a.nextMilestone, 300) });
  return { type: 'FactSet', facts, spacing: 'Medium' };
}

function updateForm(model: KeyActionCardModel): CardElement[] {
  const d = model.draft ?? draftFromUpdate(model.view);
  const e = model.errors;
  return [
    input('Input.ChoiceSet', 'status', 'Status', {
      value: d.status,
      style: 'compact',
      isRequired: true,
      errorMessage: 'Choose a status',
      choices: ACTION_STATUSES.map((s) => ({ title: ACTION_STATUS_LABELS[s], value: s })),
      spacing: 'Medium',
    }),
    ...fieldError(e, 'status'),
    input('Input.ChoiceSet', 'outcome', 'Outcomes so far', {
      value: d.outcome,
      style: 'compact',
      choices: ACTION_OUTCOMES.map((o) => ({ title: ACTION_OUTCOME_LABELS[o], value: o })),
    }),
    ...fieldError(e, 'outcome'),
    input('Input.Number', 'percentComplete', '% complete (0–100)', {
      value: Number(d.percentComplete) || 0,
      min: 0,
      max: 100,
    }),
    ...fieldError(e, 'percentComplete'),
    input('Input.Text', 'commentary', 'Commentary: progress, issues and risks', {
      value: d.commentary,
      isMultiline: true,
      maxLength: MAX_UPDATE_TEXT,
    }),
    ...fieldError(e, 'commentary'),
    evidenceInput(d.evidenceUrl),
    ...fieldError(e, 'evidenceUrl'),
    input('Input.Date', 'revisedDueDate', 'Revised due date (only if it has moved)', {
      value: d.revisedDueDate,
    }),
    ...fieldError(e, 'revisedDueDate'),
    input('Input.Text', 'revisedDueReason', 'Why the due date moved', {
      value: d.revisedDueReason,
      maxLength: MAX_UPDATE_TEXT,
    }),
    ...fieldError(e, 'revisedDueReason'),
    input('Input.Text', 'nextMilestone', 'Next milestone', {
      value: d.nextMilestone,
      maxLength: MAX_MILESTONE_TEXT,
    }),
    ...fieldError(e, 'nextMilestone'),
  ];
}

/** The update as given, for the service head's check and the status card. */
function given(view: KeyActionUpdateView): CardElement {
  const facts: Array<{ title: string; value: string }> = [];
  if (view.status)
    facts.push({
      title: 'This update',
      value: `${ACTION_STATUS_LABELS[view.status]}, ${view.percentComplete ?? 0}% complete`,
    });
  if (view.outcome) facts.push({ title: 'Outcomes', value: ACTION_OUTCOME_LABELS[view.outcome] });
  if (view.commentary)
    facts.push({
      title: 'Commentary',
      value: escapeCardText(view.commentary, MAX_SHOWN.commentary),
    });
  const url = safeUrl(view.evidenceUrl);
  if (url) facts.push({ title: 'Evidence', value: `[Open the evidence](${url})` });
  if (view.revisedDueDate)
    facts.push({
      title: 'Revised due date',
      value: `${formatDate(view.revisedDueDate)}: ${escapeCardText(view.revisedDueReason ?? '', MAX_SHOWN.reason)}`,
    });
  if (view.nextMilestone)
    facts.push({ title: 'Next milestone', value: escapeCardText(view.nextMilestone, 300) });
  facts.push(
    ...whoFact('Given by', view.enteredBy, view.enteredAt),
    ...whoFact('Checked by', view.checkedBy, view.checkedAt),
  );
  return { type: 'FactSet', facts, spacing: 'Medium' };
}

export function keyActionCard(model: KeyActionCardModel): AdaptiveCard {
  const { view } = model;
  const body: CardElement[] = [
    ...heading(view),
    ...notice(model.notice),
    // Only a due update was sent back: once given again, the old reason is history.
    ...(view.state === 'due' ? sentBack(view) : []),
    standing(view),
  ];
  const actions: CardElement[] = [];
  const mayCheck = view.allowed.includes('check');
  if (view.allowed.includes('submit') && view.state === 'due') {
    body.push(...updateForm(model));
    actions.push(kaExecute('keyAction.submit', 'Submit the update', view, { style: 'positive' }));
  } else {
    if (view.status) body.push(given(view));
    if (view.state === 'submitted' && view.needsCheck && !mayCheck) {
      const to = view.checker
        ? escapeCardText(view.checker.name, MAX_SHOWN.name)
        : 'the performance team';
      body.push(text(`Waiting for ${to} to check it.`, { isSubtle: true }));
    }
  }
  if (mayCheck) {
    body.push(
      input('Input.Text', 'reason', 'If you send it back, say why', {
        isMultiline: true,
        maxLength: MAX_UPDATE_TEXT,
      }),
      ...fieldError(model.errors, 'reason'),
    );
    actions.push(
      kaExecute('keyAction.check', 'Checked: it counts', view, {
        style: 'positive',
        associatedInputs: 'none',
      }),
    );
    actions.push(kaExecute('keyAction.sendBack', 'Send back', view));
  }
  return {
    ...card(body, actions),
    refresh: {
      action: kaExecute('keyAction.refresh', 'Refresh', view, { associatedInputs: 'none' }),
      userIds: refreshUserIds(model.refreshUserIds),
    },
  };
}
