// Recording a review of a risk (issue 17): only the risk's owner or the performance team may, and
// that is checked before anything about the input is said (as spot-check findings are). The
// review is kept as history and the risk takes its residual scores, the next review date (three
// months on unless given) and, if given, a new status — both in one all-or-nothing write, naming
// the version of the risk the person saw so a review made on a stale view is refused.
import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '../../domain/errors/errors.js';
import type { Channel, Risk, RiskReview } from '../../domain/model/types.js';
import { addDays, isValidIsoDate } from '../../domain/periods/index.js';
import { isRiskStatus, readRiskLevel, riskDerivedFields } from '../../domain/risks/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { parseText } from '../spot-checks/quarter-input.js';
import { findRisk, loadRegister } from './register.js';
import { riskDetail, type RiskDetailView } from './risk-view.js';

export const REVIEWED = 'risk.reviewed';
/** The next review when the reviewer names none: a quarter on, the usual risk cadence. */
export const DEFAULT_REVIEW_DAYS = 91;

export interface ReviewInput {
  version?: unknown;
  residualLikelihood?: unknown;
  residualImpact?: unknown;
  commentary?: unknown;
  nextReviewDate?: unknown;
  status?: unknown;
}

export async function recordRiskReview(
  deps: AppDeps,
  actorId: string,
  code: string,
  input: ReviewInput,
  channel: Channel = 'tab',
): Promise<RiskDetailView> {
  const [cat, reg] = await Promise.all([loadCatalogue(deps.store), loadRegister(deps)]);
  const item = findRisk(reg, code);
  if (!item) throw new NotFoundError(`No risk with code ${code}`);
  const actor = cat.people.get(actorId);
  if (!actor || (item.fields.ownerId !== actorId && !actor.roles.includes('admin'))) {
    throw new ForbiddenError('Only the risk’s owner or the performance team may review it.');
  }
  const today = reg.today;
  const problems: FieldProblem[] = [];
  const level = (field: 'residualLikelihood' | 'residualImpact') => {
    const v = readRiskLevel(input[field]);
    if (typeof v === 'string') problems.push({ field, message: v });
    return typeof v === 'string' ? 1 : v;
  };
  if (typeof input.version !== 'string' || input.version === '') {
    problems.push({ field: 'version', message: 'is required' });
  }
  const residualLikelihood = level('residualLikelihood');
  const residualImpact = level('residualImpact');
  let commentary = '';
  try {
    commentary = parseText(
      input.commentary,
      'commentary',
      'say what has changed since the last review',
    );
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problems.push(...e.problems);
  }
  const next = input.nextReviewDate ?? addDays(today, DEFAULT_REVIEW_DAYS);
  if (typeof next !== 'string' || !isValidIsoDate(next) || next <= today) {
    problems.push({
      field: 'nextReviewDate',
      message: 'must be a date after today, as YYYY-MM-DD',
    });
  }
  if (input.status !== undefined && !isRiskStatus(input.status)) {
    problems.push({ field: 'status', message: 'must be one of open, treated, closed' });
  }
  if (problems.length) throw new ValidationError(problems);
  if (item.version !== input.version) {
    throw new ConflictError('This risk has changed since you opened it.', item.version);
  }
  const reviewDate = next as string;
  const review: Omit<RiskReview, 'id'> = {
    riskId: item.id,
    date: today,
    residualLikelihood,
    residualImpact,
    commentary,
    reviewerId: actorId,
  };
  const patch: Partial<Risk> = {
    residualLikelihood,
    residualImpact,
    reviewDate,
    ...(isRiskStatus(input.status) ? { status: input.status } : {}),
    ...riskDerivedFields({ residualLikelihood, residualImpact, reviewDate }),
  };
  await deps.store.writeMany(
    [
      { kind: 'create', list: 'riskReviews', id: randomUUID(), fields: { ...review } },
      { kind: 'update', list: 'risks', id: item.id, version: item.version, patch },
    ],
    {
      actorId,
      channel,
      event: REVIEWED,
      note: `${item.fields.code} ${residualLikelihood}×${residualImpact}`,
    },
  );
  const after = await loadRegister(deps);
  return riskDetail(
    cat,
    after,
    after.risks.find((r) => r.id === item.id)!,
  );
}
