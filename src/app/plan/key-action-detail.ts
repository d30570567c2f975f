// One key action as the strategy map's detail panel shows it: its progress (the latest accepted
// update, kept on the action), dates, milestones, owner and where it sits in the thread. Read-only;
// anyone signed in may read the thread, as with GET /api/plan.
import { NotFoundError } from '../../domain/errors/errors.js';
import {
  ACTION_OUTCOME_LABELS,
  ACTION_STATUS_LABELS,
} from '../../domain/key-actions/update-rules.js';
import type { Instant, IsoDate, Milestone, RatingLevel } from '../../domain/model/types.js';
import { keyActionRating, RATING_LABELS } from '../../domain/ratings/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';

export interface KeyActionDetail {
  id: string;
  code: string;
  title: string;
  description: string;
  statusLabel: string;
  outcomeLabel: string;
  rating: { state: RatingLevel; label: string };
  percentComplete: number;
  lastUpdate: string;
  lastUpdatedAt: Instant | null;
  owner: { id: string; name: string };
  service: string;
  servicePlan: { code: string; title: string; year: string };
  startDate: IsoDate | null;
  dueDate: IsoDate;
  revisedDueDate: IsoDate | null;
  revisedDueReason: string | null;
  nextMilestone: string;
  milestones: Milestone[];
  corporateProject: boolean;
  businessAsUsual: boolean;
  evidenceUrl: string | null;
  objectives: { code: string; title: string }[];
}

export async function keyActionDetail(deps: AppDeps, idOrCode: string): Promise<KeyActionDetail> {
  const cat = await loadCatalogue(deps.store);
  const wanted = idOrCode.trim().toUpperCase();
  const action =
    cat.keyActions.find((a) => a.id === idOrCode) ??
    cat.keyActions.find((a) => a.code.toUpperCase() === wanted);
  if (!action) throw new NotFoundError(`No key action with id or code ${idOrCode}`);
  const servicePlan = cat.servicePlans.find((p) => p.id === action.servicePlanId);
  const state = keyActionRating(action.status, action.outcome);
  const objectives = cat.objectives
    .filter((o) => action.objectiveIds.includes(o.id))
    .map((o) => ({ code: o.code, title: o.title }));
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    description: action.description,
    statusLabel: ACTION_STATUS_LABELS[action.status],
    outcomeLabel: ACTION_OUTCOME_LABELS[action.outcome],
    rating: { state, label: RATING_LABELS[state] },
    percentComplete: action.percentComplete,
    lastUpdate: action.lastUpdate,
    lastUpdatedAt: action.lastUpdatedAt,
    owner: { id: action.ownerId, name: cat.people.get(action.ownerId)?.name ?? 'Unknown person' },
    service: (servicePlan && cat.services.get(servicePlan.serviceId)?.name) ?? '',
    servicePlan: {
      code: servicePlan?.code ?? '',
      title: servicePlan?.title ?? '',
      year: servicePlan?.year ?? '',
    },
    startDate: action.startDate,
    dueDate: action.dueDate,
    revisedDueDate: action.revisedDueDate,
    revisedDueReason: action.revisedDueReason,
    nextMilestone: action.nextMilestone,
    milestones: [...action.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    corporateProject: action.corporateProject,
    businessAsUsual: action.businessAsUsual,
    evidenceUrl: action.evidenceUrl,
    objectives,
  };
}
