// The risk review verbs (issue 17): the owner (or the performance team) records a review in the
// card — residual likelihood and impact, commentary — through recordRiskReview, as the tab and
// the API do; the answer is the card for the clicker, so it refreshes in place to what was
// recorded. A refusal stays in the card in plain words: someone who may not review is told why, a
// stale card shows where the risk stands now, a bad input sits under its field (what was typed
// kept). Nothing is written in any of those cases (the use case refuses before it writes).
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { getRisk, recordRiskReview, type RiskDetailView } from '../../src/app/risks/index.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../src/domain/errors/errors.js';
import { formatDate } from '../../src/domain/periods/index.js';
import {
  messageCard,
  riskReviewCard,
  scoreWords,
  type AdaptiveCard,
  type RiskReviewCardModel,
  type RiskReviewDraft,
} from '../cards/index.js';
import { MAX_REVIEW_TEXT } from '../cards/risk-review-card.js';
import { teamsUserIds } from '../conversations/index.js';
import { str, type ActionData, type Handler, type HandlerContext } from './context.js';

type Extras = Omit<RiskReviewCardModel, 'view' | 'mayReview' | 'refreshUserIds'>;

const GONE = 'That risk no longer exists.';

/** The risk's card as `personId` sees it now; a message when the risk no longer exists. */
export async function riskCardFor(
  ctx: Pick<HandlerContext, 'deps' | 'personId'>,
  code: string,
  extras: Extras = {},
): Promise<AdaptiveCard> {
  let view: RiskDetailView;
  try {
    view = await getRisk(ctx.deps, ctx.personId, code);
  } catch (err) {
    if (err instanceof NotFoundError) return messageCard(GONE);
    throw err;
  }
  const cat = await loadCatalogue(ctx.deps.store);
  const viewer = cat.people.get(ctx.personId);
  // The same rule as recordRiskReview: the owner or the performance team.
  const mayReview = view.owner.id === ctx.personId || !!viewer?.roles.includes('admin');
  return riskReviewCard({
    view,
    mayReview,
    // Only the owner's client refreshes it to their own view; others see the card as sent.
    refreshUserIds: await teamsUserIds(ctx.deps, [view.owner.id]),
    ...extras,
  });
}

function readDraft(data: ActionData): RiskReviewDraft {
  return {
    residualLikelihood: str(data, 'residualLikelihood').trim(),
    residualImpact: str(data, 'residualImpact').trim(),
    commentary: str(data, 'commentary').slice(0, MAX_REVIEW_TEXT + 1),
  };
}

export const reviewRisk: Handler = async (ctx, data) => {
  const code = str(data, 'riskCode');
  const draft = readDraft(data);
  let view: RiskDetailView;
  try {
    view = await recordRiskReview(
      ctx.deps,
      ctx.personId,
      code,
      { version: str(data, 'version'), ...draft },
      ctx.channel,
    );
  } catch (err) {
    if (err instanceof ValidationError) {
      const errors: Record<string, string> = {};
      for (const p of err.problems) errors[p.field] ??= p.message;
      return riskCardFor(ctx, code, { draft, errors });
    }
    if (err instanceof ConflictError) {
      return riskCardFor(ctx, code, {
        notice: {
          text: 'This risk has changed since this card was sent: this is where it stands now. Nothing was changed.',
          tone: 'warning',
        },
      });
    }
    if (err instanceof ForbiddenError) return riskCardFor(ctx, code, { refusal: err.message });
    if (err instanceof NotFoundError) return messageCard(GONE);
    throw err;
  }
  const said = `Review recorded: ${scoreWords(view.residual)}. ${view.trend.words}. Next review ${formatDate(view.reviewDate)}.`;
  return riskCardFor(ctx, view.code, { notice: { text: said, tone: 'good' } });
};

export const refreshRisk: Handler = (ctx, data) => riskCardFor(ctx, str(data, 'riskCode'));
