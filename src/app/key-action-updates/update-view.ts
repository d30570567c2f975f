// The view of one key-action update that the API, the bot's cards and the tab all show: the action
// with its latest accepted progress and rating, what this update says, who did what, and what the
// viewer may do next.
import type {
  CouncilSettings,
  KeyAction,
  KeyActionUpdate,
  RatingLevel,
  ServicePlan,
} from '../../domain/model/types.js';
import type { ListShapes, StoredItem } from '../../domain/ports/store.js';
import { ACTION_STATUS_LABELS } from '../../domain/key-actions/index.js';
import { RATING_LABELS, keyActionRating } from '../../domain/ratings/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { periodAndDue } from '../returns/period-context.js';
import { checkerIdFor, rolesFor } from './roles.js';

export type StoredUpdate = StoredItem<ListShapes['keyActionUpdates']>;
export type UpdateAction = 'submit' | 'check' | 'send-back';

export interface PersonRef {
  id: string;
  name: string;
}

export interface KeyActionUpdateView {
  id: string;
  version: string;
  state: KeyActionUpdate['state'];
  periodKey: string;
  periodLabel: string;
  dueDate: string;
  overdue: boolean;
  /** The council asks the service head to check updates before they count. */
  needsCheck: boolean;
  action: {
    id: string;
    version: string | null;
    code: string;
    title: string;
    servicePlanCode: string;
    owner: PersonRef | null;
    dueDate: string;
    startDate: string | null;
    /** The latest accepted progress, as the action holds it. */
    status: KeyAction['status'];
    statusLabel: string;
    outcome: KeyAction['outcome'];
    percentComplete: number;
    lastUpdate: string;
    lastUpdatedAt: string | null;
    revisedDueDate: string | null;
    revisedDueReason: string | null;
    nextMilestone: string;
    evidenceUrl: string | null;
    rating: { state: RatingLevel; label: string };
  };
  status: KeyActionUpdate['status'];
  outcome: KeyActionUpdate['outcome'];
  percentComplete: number | null;
  commentary: string;
  evidenceUrl: string | null;
  revisedDueDate: string | null;
  revisedDueReason: string | null;
  nextMilestone: string;
  enteredBy: PersonRef | null;
  enteredAt: string | null;
  checkedBy: PersonRef | null;
  checkedAt: string | null;
  sentBackReason: string | null;
  sentBackBy: PersonRef | null;
  /** Who the check goes to (null: the performance team). */
  checker: PersonRef | null;
  allowed: UpdateAction[];
}

function ref(cat: Catalogue, id: string | null): PersonRef | null {
  if (!id) return null;
  return {
    id,
    name: cat.people.get(id)?.name ?? (id === 'system' ? 'Golden Thread' : 'Unknown person'),
  };
}

export interface UpdateViewInput {
  cat: Catalogue;
  settings: CouncilSettings;
  today: string;
  viewerId: string;
  item: StoredUpdate;
  action: KeyAction;
  /** The action's stored version, when the caller read it (the tab shows nothing of it). */
  actionVersion?: string | null;
  plan: ServicePlan;
}

/** Which decisions the viewer may take on the update in its present state. */
export function allowedFor(input: Omit<UpdateViewInput, 'today'>): UpdateAction[] {
  const { cat, settings, viewerId, item, action, plan } = input;
  const roles = rolesFor(cat, viewerId, action, plan);
  const u = item.fields;
  if (u.state === 'due') return roles.mayEnter ? ['submit'] : [];
  if (u.state === 'submitted' && settings.keyActionUpdatesNeedCheck) {
    // An owner may correct an unchecked update; the person who entered it never checks it.
    const out: UpdateAction[] = roles.mayEnter ? ['submit'] : [];
    if (roles.mayCheck && u.enteredBy !== viewerId) out.push('check', 'send-back');
    return out;
  }
  return [];
}

export function buildUpdateView(input: UpdateViewInput): KeyActionUpdateView {
  const { cat, settings, today, item, action, plan } = input;
  const u = item.fields;
  const { period, dueDate } = periodAndDue(cat, settings, u.periodKey);
  const rating = keyActionRating(action.status, action.outcome);
  return {
    id: item.id,
    version: item.version,
    state: u.state,
    periodKey: u.periodKey,
    periodLabel: period.label,
    dueDate,
    overdue: u.state === 'due' && today > dueDate,
    needsCheck: settings.keyActionUpdatesNeedCheck,
    action: {
      id: action.id,
      version: input.actionVersion ?? null,
      code: action.code,
      title: action.title,
      servicePlanCode: plan.code,
      owner: ref(cat, action.ownerId),
      dueDate: action.dueDate,
      startDate: action.startDate,
      status: action.status,
      statusLabel: ACTION_STATUS_LABELS[action.status],
      outcome: action.outcome,
      percentComplete: action.percentComplete,
      lastUpdate: action.lastUpdate,
      lastUpdatedAt: action.lastUpdatedAt,
      revisedDueDate: action.revisedDueDate,
      revisedDueReason: action.revisedDueReason,
      nextMilestone: action.nextMilestone,
      evidenceUrl: action.evidenceUrl,
      rating: { state: rating, label: RATING_LABELS[rating] },
    },
    status: u.status,
    outcome: u.outcome,
    percentComplete: u.percentComplete,
    commentary: u.commentary,
    evidenceUrl: u.evidenceUrl,
    revisedDueDate: u.revisedDueDate,
    revisedDueReason: u.revisedDueReason,
    nextMilestone: u.nextMilestone,
    enteredBy: ref(cat, u.enteredBy),
    enteredAt: u.enteredAt,
    checkedBy: ref(cat, u.checkedBy),
    checkedAt: u.checkedAt,
    sentBackReason: u.sentBackReason,
    sentBackBy: ref(cat, u.sentBackBy),
    checker: ref(cat, checkerIdFor(cat, action, plan)),
    allowed: allowedFor(input),
  };
}
