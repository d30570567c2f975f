// The demo council's risk register (issue 17) from risk-catalogue.ts: risks with codes CR01…,
// each threatening its objectives, one current key action serving the first of them and the
// corporate projects serving any; mitigations and review histories dated from today.
import type {
  IsoDate,
  KeyAction,
  Risk,
  RiskMitigation,
  RiskReview,
  ServicePlan,
} from '../domain/model/types.js';
import { riskDerivedFields } from '../domain/risks/index.js';
import { addDaysIso, fyLabel, fyStartOf } from './dates.js';
import { idSequence } from './ids.js';
import { personId } from './people.js';
import { DEMO_RISKS, type RiskSpec } from './risk-catalogue.js';

export interface RiskContext {
  today: IsoDate;
  objectiveIdByCode: Record<string, string>;
  servicePlans: readonly ServicePlan[];
  keyActions: readonly KeyAction[];
}

export interface DemoRisks {
  risks: Risk[];
  riskMitigations: RiskMitigation[];
  riskReviews: RiskReview[];
}

export function buildRisks(ctx: RiskContext): DemoRisks {
  const year = fyLabel(fyStartOf(ctx.today));
  const currentPlans = new Set(ctx.servicePlans.filter((p) => p.year === year).map((p) => p.id));
  const current = ctx.keyActions.filter((a) => currentPlans.has(a.servicePlanId));
  const riskId = idSequence('risks');
  const mitigationId = idSequence('riskMitigations');
  const reviewId = idSequence('riskReviews');
  const out: DemoRisks = { risks: [], riskMitigations: [], riskReviews: [] };
  DEMO_RISKS.forEach((spec, i) => {
    const risk = buildRisk(spec, i, riskId(), ctx, current);
    out.risks.push(risk);
    for (const [title, owner, dueIn, status] of spec.mitigations ?? []) {
      out.riskMitigations.push({
        id: mitigationId(),
        riskId: risk.id,
        title,
        ownerId: personId(owner),
        dueDate: addDaysIso(ctx.today, dueIn),
        status,
      });
    }
    for (const [daysAgo, l, impact, commentary] of spec.history ?? []) {
      out.riskReviews.push({
        id: reviewId(),
        riskId: risk.id,
        date: addDaysIso(ctx.today, -daysAgo),
        residualLikelihood: l,
        residualImpact: impact,
        commentary,
        reviewerId: risk.ownerId,
      });
    }
  });
  return out;
}

function buildRisk(
  spec: RiskSpec,
  index: number,
  id: string,
  ctx: RiskContext,
  current: readonly KeyAction[],
): Risk {
  const objectiveIds = spec.objectives.map((c) => ctx.objectiveIdByCode[c] as string);
  const serving = (a: KeyAction) => a.objectiveIds.some((o) => objectiveIds.includes(o));
  const firstServing = current.find((a) => a.objectiveIds.includes(objectiveIds[0]!));
  // The risk's current residual score is what its latest review found, when it has reviews.
  const last = spec.history?.at(-1);
  const [residualLikelihood, residualImpact] = last ? [last[1], last[2]] : spec.residual;
  const reviewDate = addDaysIso(ctx.today, spec.review);
  return {
    id,
    code: `CR${String(index + 1).padStart(2, '0')}`,
    title: spec.title,
    description: spec.description ?? '',
    category: spec.category,
    ownerId: personId(spec.owner),
    objectiveIds,
    keyActionIds: firstServing && !firstServing.corporateProject ? [firstServing.id] : [],
    projectIds: current.filter((a) => a.corporateProject && serving(a)).map((a) => a.id),
    inherentLikelihood: spec.inherent[0],
    inherentImpact: spec.inherent[1],
    residualLikelihood,
    residualImpact,
    reviewDate,
    status: spec.status ?? 'open',
    ...riskDerivedFields({ residualLikelihood, residualImpact, reviewDate }),
  };
}
