// The action-plan approval verbs (issue 14): an approver (the Authorising Officer or a member of
// the council's panel, never the plan's owner) approves a plan or says it is not approved, with a
// reason, in the card. Each goes through decideActionPlan, as the tab and the API do; the answer is
// the card for the clicker, so it updates in place, and the owner is sent the decision. A refusal
// stays in the card, in plain words: a missing reason under its field (what was typed kept), a
// stale card shows where the plan stands now, someone who may not decide is told why.
import {
  decideActionPlan,
  getActionPlan,
  personName,
  planApprovers,
  type ActionPlanView,
} from '../../src/app/action-plans/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { loadSettings } from '../../src/app/settings.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/errors/errors.js';
import { MAX_COMMENTARY } from '../../src/domain/values/index.js';
import {
  messageCard,
  planApprovalCard,
  type AdaptiveCard,
  type PlanApprovalCardModel,
} from '../cards/index.js';
import { teamsUserIds } from '../conversations/index.js';
import { str, type ActionData, type Handler, type HandlerContext } from './context.js';

type Extras = Omit<
  PlanApprovalCardModel,
  'view' | 'indicatorTitle' | 'decidedByName' | 'refreshUserIds'
>;

/** The plan's card as `personId` sees it now; a message when the plan no longer exists. */
export async function planApprovalCardFor(
  ctx: Pick<HandlerContext, 'deps' | 'personId'>,
  planId: string,
  extras: Extras = {},
): Promise<AdaptiveCard> {
  let view: ActionPlanView;
  try {
    view = await getActionPlan(ctx.deps, ctx.personId, planId);
  } catch (err) {
    if (err instanceof NotFoundError) return messageCard('That action plan no longer exists.');
    throw err;
  }
  const [cat, settings] = await Promise.all([
    loadCatalogue(ctx.deps.store),
    loadSettings(ctx.deps.store),
  ]);
  // Teams refreshes the card to each of these people's own view: the owner, who decided, and
  // everyone who may still decide.
  const people = [view.ownerId, view.approvedBy, ...planApprovers(cat, settings, view)].filter(
    (id): id is string => !!id,
  );
  return planApprovalCard({
    view,
    indicatorTitle: cat.indicators.get(view.indicatorId)?.title ?? '',
    decidedByName: view.approvedBy ? personName(cat, view.approvedBy) : null,
    refreshUserIds: await teamsUserIds(ctx.deps, [...new Set(people)]),
    ...extras,
  });
}

function readDraft(data: ActionData) {
  const t = (k: string) => str(data, k).slice(0, MAX_COMMENTARY + 1);
  return { note: t('note'), reason: t('reason') };
}

async function decide(
  ctx: HandlerContext,
  data: ActionData,
  decision: 'approve' | 'reject',
): Promise<AdaptiveCard> {
  const planId = str(data, 'planId');
  const draft = readDraft(data);
  // The reason typed under "Not approved…" is the note of a rejection.
  const note = decision === 'reject' ? draft.reason : draft.note;
  let view: ActionPlanView;
  try {
    view = await decideActionPlan(
      ctx.deps,
      ctx.personId,
      planId,
      { version: str(data, 'version'), decision, note },
      ctx.channel,
    );
  } catch (err) {
    if (err instanceof ValidationError) {
      const field = decision === 'reject' ? 'reason' : 'note';
      return planApprovalCardFor(ctx, planId, {
        draft,
        errors: { [field]: err.problems[0]?.message ?? err.message },
      });
    }
    if (err instanceof ConflictError) {
      return planApprovalCardFor(ctx, planId, {
        notice: {
          text: 'This action plan has changed since this card was sent: this is where it stands now. Nothing was changed.',
          tone: 'warning',
        },
      });
    }
    if (err instanceof ForbiddenError) {
      return planApprovalCardFor(ctx, planId, { refusal: `${err.message}.` });
    }
    if (err instanceof NotFoundError) return messageCard('That action plan no longer exists.');
    throw err;
  }
  const said =
    decision === 'approve'
      ? `Approved. ${view.ownerName} has been told.`
      : `Not approved. ${view.ownerName} has been told why.`;
  return planApprovalCardFor(ctx, view.id, { notice: { text: said, tone: 'good' } });
}

export const approveActionPlan: Handler = (ctx, data) => decide(ctx, data, 'approve');
export const rejectActionPlan: Handler = (ctx, data) => decide(ctx, data, 'reject');
export const reviewActionPlan: Handler = (ctx, data) =>
  planApprovalCardFor(ctx, str(data, 'planId'));
