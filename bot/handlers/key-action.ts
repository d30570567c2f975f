// The key-action update verbs (issue 13): the owner submits the card's update; when the council
// checks updates, the service head checks it or sends it back. Each goes through the same use cases
// as the tab and the API; the answer is the card for the clicker, so it updates in place. A refusal
// stays in the card: problems under their fields (what was typed kept), a stale card shows where
// the update stands now.
import {
  checkKeyActionUpdate,
  getKeyActionUpdate,
  sendBackKeyActionUpdate,
  submitKeyActionUpdate,
  type EntryInput,
  type KeyActionUpdateView,
} from '../../src/app/key-action-updates/index.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../src/domain/errors/errors.js';
import type { ActionOutcome, ActionStatus } from '../../src/domain/model/types.js';
import { MAX_UPDATE_TEXT } from '../../src/domain/key-actions/index.js';
import {
  keyActionCard,
  messageCard,
  type AdaptiveCard,
  type KeyActionCardModel,
  type UpdateDraft,
} from '../cards/index.js';
import { teamsUserIds } from '../conversations/index.js';
import { str, type ActionData, type Handler, type HandlerContext } from './context.js';

const GONE = 'That key-action update no longer exists.';

export function readUpdateDraft(data: ActionData): UpdateDraft {
  const t = (k: string) => str(data, k).slice(0, MAX_UPDATE_TEXT + 1);
  return {
    status: t('status').trim(),
    outcome: t('outcome').trim(),
    percentComplete: t('percentComplete').trim(),
    commentary: t('commentary'),
    evidenceUrl: t('evidenceUrl').trim(),
    revisedDueDate: t('revisedDueDate').trim(),
    revisedDueReason: t('revisedDueReason'),
    nextMilestone: t('nextMilestone'),
  };
}

/** The draft as the use case's entry: a blank percentage is a problem of its own, by its field. */
export function entryOf(d: UpdateDraft): EntryInput {
  const pc = d.percentComplete === '' ? Number.NaN : Number(d.percentComplete);
  if (Number.isNaN(pc) && d.status !== 'complete')
    throw new ValidationError('give the percentage complete, 0 to 100', 'percentComplete');
  return {
    status: d.status as ActionStatus,
    outcome: (d.outcome || 'as-expected') as ActionOutcome,
    percentComplete: Number.isNaN(pc) ? undefined : pc,
    commentary: d.commentary,
    evidenceUrl: d.evidenceUrl || null,
    revisedDueDate: d.revisedDueDate || null,
    revisedDueReason: d.revisedDueReason || null,
    nextMilestone: d.nextMilestone,
  };
}

/** Who sees their own view of the card when Teams refreshes it. */
function people(view: KeyActionUpdateView): string[] {
  return [view.action.owner, view.checker, view.enteredBy]
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .map((p) => p.id);
}

export async function updateCard(
  ctx: Pick<HandlerContext, 'deps' | 'personId'>,
  updateId: string,
  extras: Omit<KeyActionCardModel, 'view' | 'refreshUserIds'> = {},
): Promise<AdaptiveCard> {
  const view = await getKeyActionUpdate(ctx.deps, ctx.personId, updateId);
  if (!view) return messageCard(GONE);
  return keyActionCard({
    view,
    refreshUserIds: await teamsUserIds(ctx.deps, people(view)),
    ...extras,
  });
}

async function refusal(
  ctx: HandlerContext,
  updateId: string,
  err: unknown,
  draft?: UpdateDraft,
): Promise<AdaptiveCard> {
  if (err instanceof ValidationError) {
    const errors: Record<string, string> = {};
    for (const p of err.problems) errors[p.field] ??= p.message;
    return updateCard(ctx, updateId, { draft, errors });
  }
  if (err instanceof ConflictError || err instanceof WorkflowError) {
    const why =
      err instanceof ConflictError
        ? 'This update has changed since this card was sent: this is where it stands now.'
        : err.message;
    return updateCard(ctx, updateId, {
      notice: { text: `${why} Nothing was changed.`, tone: 'warning' },
    });
  }
  if (err instanceof ForbiddenError)
    return updateCard(ctx, updateId, { notice: { text: err.message, tone: 'attention' } });
  if (err instanceof NotFoundError) return messageCard(err.message);
  throw err;
}

function target(data: ActionData) {
  return { updateId: str(data, 'updateId'), version: str(data, 'version') };
}

/** Submits an update (from the card or a typed reply) and answers with the card. */
export async function submitUpdate(
  ctx: HandlerContext,
  t: { updateId: string; version: string },
  entry: EntryInput,
  draft?: UpdateDraft,
): Promise<AdaptiveCard> {
  let view: KeyActionUpdateView;
  try {
    view = await submitKeyActionUpdate(ctx.deps, {
      ...t,
      entry,
      actorId: ctx.personId,
      channel: ctx.channel,
    });
  } catch (err) {
    return refusal(ctx, t.updateId, err, draft);
  }
  // The check card reaches the service head through the notification port (submitKeyActionUpdate).
  const checker = view.needsCheck ? view.checker : null;
  const said = view.needsCheck
    ? `Saved. It has gone to ${checker?.name ?? 'the performance team'} to check.`
    : `Saved. ${view.action.code} is now ${view.action.statusLabel.toLowerCase()}, ${view.action.percentComplete}% complete: it rates ${view.action.rating.label}.`;
  return updateCard(ctx, view.id, { notice: { text: said, tone: 'good' } });
}

export const submitKeyAction: Handler = async (ctx, data) => {
  const draft = readUpdateDraft(data);
  let entry: EntryInput;
  try {
    entry = entryOf(draft);
  } catch (err) {
    return refusal(ctx, str(data, 'updateId'), err, draft);
  }
  return submitUpdate(ctx, target(data), entry, draft);
};

export const checkKeyAction: Handler = async (ctx, data) => {
  const t = target(data);
  try {
    const view = await checkKeyActionUpdate(ctx.deps, {
      ...t,
      actorId: ctx.personId,
      channel: ctx.channel,
    });
    const said = `Checked. ${view.action.code} now rates ${view.action.rating.label}.`;
    return updateCard(ctx, view.id, { notice: { text: said, tone: 'good' } });
  } catch (err) {
    return refusal(ctx, t.updateId, err);
  }
};

export const sendBackKeyAction: Handler = async (ctx, data) => {
  const t = target(data);
  try {
    const view = await sendBackKeyActionUpdate(ctx.deps, {
      ...t,
      reason: str(data, 'reason').slice(0, MAX_UPDATE_TEXT + 1),
      actorId: ctx.personId,
      channel: ctx.channel,
    });
    return updateCard(ctx, view.id, {
      notice: { text: 'Sent back. They have been told why.', tone: 'good' },
    });
  } catch (err) {
    return refusal(ctx, t.updateId, err);
  }
};

export const refreshKeyAction: Handler = (ctx, data) => updateCard(ctx, str(data, 'updateId'));
