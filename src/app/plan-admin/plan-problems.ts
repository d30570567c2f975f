// Field-level problems of the plan's items, one pure function per level, shared by the set-up use
// cases and the CSV importer so both refuse the same things in the same words.
//
// Stable signatures (the importer relies on them):
//   planProblems(cat, input: PlanInput, selfId)               → FieldProblem[]
//   priorityProblems(cat, input: PriorityInput, selfId)       → FieldProblem[]
//   objectiveProblems(cat, input: ObjectiveInput, selfId)     → FieldProblem[]
//   servicePlanProblems(cat, input: ServicePlanInput, selfId) → FieldProblem[]
//   keyActionProblems(cat, input: KeyActionInput, selfId)     → FieldProblem[]
//   earlierPlanProblems(cat, planId, field)                   → FieldProblem[] (read-only plans)
// `selfId` is the id of the item being edited (so its own code is no clash), or null for a new one.
// Parents are looked up in `cat`: an importer that creates parents in the same file passes a
// catalogue that already holds them (any id will do). Every problem names its field, as the form
// and the API report them; an empty list means the input may be saved.
import type { FieldProblem } from '../../domain/errors/errors.js';
import type {
  CorporatePlan,
  Frequency,
  KeyAction,
  Objective,
  Priority,
  ServicePlan,
} from '../../domain/model/types.js';
import { isValidIsoDate, parseFinancialYear } from '../../domain/periods/index.js';
import type { Catalogue } from '../catalogue/index.js';

export type PlanInput = Pick<CorporatePlan, 'code' | 'title' | 'firstYear' | 'lastYear' | 'vision'>;
export type PriorityInput = Pick<Priority, 'planId' | 'code' | 'title' | 'description'>;
export type ObjectiveInput = Pick<Objective, 'priorityId' | 'code' | 'title'>;
export type ServicePlanInput = Pick<
  ServicePlan,
  'code' | 'serviceId' | 'year' | 'title' | 'ownerId'
>;
export type KeyActionInput = Pick<
  KeyAction,
  | 'servicePlanId'
  | 'code'
  | 'title'
  | 'description'
  | 'objectiveIds'
  | 'businessAsUsual'
  | 'corporateProject'
  | 'ownerId'
  | 'startDate'
  | 'dueDate'
  | 'milestones'
  | 'updateFrequency'
>;

/** Letters, digits and `. - / _`, starting with a letter or digit: `CBP`, `P1.1`, `WR-2025/26`. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'half-yearly', 'annual'];

type Add = (field: string, message: string) => void;

function collector(): { problems: FieldProblem[]; add: Add } {
  const problems: FieldProblem[] = [];
  return { problems, add: (field, message) => problems.push({ field, message }) };
}

/** Codes are compared ignoring case, as import matches them. */
function codeProblems(
  add: Add,
  code: string,
  others: readonly { id: string; code: string; title: string }[],
  selfId: string | null,
): void {
  if (!CODE.test(code ?? '')) {
    add('code', 'must be letters and digits (with . - / _), like CBP-P1, up to 40 characters');
    return;
  }
  const clash = others.find((o) => o.id !== selfId && o.code.toUpperCase() === code.toUpperCase());
  if (clash) add('code', `is already used by “${clash.title}”`);
}

function required(add: Add, field: string, value: string | undefined | null): void {
  if (!value?.trim()) add(field, 'is required');
}

/** The financial year's start, or null after naming the problem. */
function yearStart(add: Add, field: string, label: string): number | null {
  try {
    return parseFinancialYear(label ?? '');
  } catch {
    add(field, `must be a financial year such as 2025/26`);
    return null;
  }
}

export function planProblems(
  cat: Catalogue,
  input: PlanInput,
  selfId: string | null,
): FieldProblem[] {
  const { problems, add } = collector();
  codeProblems(add, input.code, cat.plans, selfId);
  required(add, 'title', input.title);
  const first = yearStart(add, 'firstYear', input.firstYear);
  const last = yearStart(add, 'lastYear', input.lastYear);
  if (first !== null && last !== null && first > last)
    add('lastYear', `must not be before the first year (${input.firstYear})`);
  return problems;
}

/**
 * An earlier plan (not current, and ending before the current plan starts) stays as it was, with
 * its history: its priorities and objectives are read, never changed. A later plan that is not yet
 * current is a draft and may be filled in.
 */
export function earlierPlanProblems(cat: Catalogue, planId: string, field: string): FieldProblem[] {
  const plan = cat.plans.find((p) => p.id === planId);
  const current = cat.plans.find((p) => p.current);
  if (!plan || plan.current || !current || plan.lastYear >= current.firstYear) return [];
  return [
    {
      field,
      message: `belongs to “${plan.title}” (${plan.firstYear}–${plan.lastYear}), an earlier plan: it is kept as it was and cannot be changed`,
    },
  ];
}

export function priorityProblems(
  cat: Catalogue,
  input: PriorityInput,
  selfId: string | null,
): FieldProblem[] {
  const { problems, add } = collector();
  codeProblems(add, input.code, cat.priorities, selfId);
  required(add, 'title', input.title);
  if (!input.planId) add('planId', 'is required: choose the corporate plan');
  else if (!cat.plans.some((p) => p.id === input.planId)) add('planId', 'is not a known plan');
  else problems.push(...earlierPlanProblems(cat, input.planId, 'planId'));
  return problems;
}

export function objectiveProblems(
  cat: Catalogue,
  input: ObjectiveInput,
  selfId: string | null,
): FieldProblem[] {
  const { problems, add } = collector();
  codeProblems(add, input.code, cat.objectives, selfId);
  required(add, 'title', input.title);
  const priority = cat.priorities.find((p) => p.id === input.priorityId);
  if (!input.priorityId) add('priorityId', 'is required: choose the priority');
  else if (!priority) add('priorityId', 'is not a known priority');
  else problems.push(...earlierPlanProblems(cat, priority.planId, 'priorityId'));
  return problems;
}

export function servicePlanProblems(
  cat: Catalogue,
  input: ServicePlanInput,
  selfId: string | null,
): FieldProblem[] {
  const { problems, add } = collector();
  codeProblems(add, input.code, cat.servicePlans, selfId);
  required(add, 'title', input.title);
  const service = input.serviceId ? cat.services.get(input.serviceId) : undefined;
  if (!input.serviceId) add('serviceId', 'is required: choose the service');
  else if (!service) add('serviceId', 'is not a known service');
  const year = yearStart(add, 'year', input.year);
  // One service plan per service per financial year: the refresh and the reports rely on it.
  const twin = cat.servicePlans.find(
    (sp) => sp.id !== selfId && sp.serviceId === input.serviceId && sp.year === input.year,
  );
  if (service && year !== null && twin)
    add('year', `${service.name} already has a service plan for ${input.year} (${twin.code})`);
  if (!cat.people.has(input.ownerId)) add('ownerId', 'is not a known person');
  return problems;
}

export function keyActionProblems(
  cat: Catalogue,
  input: KeyActionInput,
  selfId: string | null,
): FieldProblem[] {
  const { problems, add } = collector();
  codeProblems(add, input.code, cat.keyActions, selfId);
  required(add, 'title', input.title);
  if (!input.servicePlanId) add('servicePlanId', 'is required: choose the service plan');
  else if (!cat.servicePlans.some((sp) => sp.id === input.servicePlanId))
    add('servicePlanId', 'is not a known service plan');
  if (!input.ownerId) add('ownerId', 'is required: every key action has an owner');
  else if (!cat.people.has(input.ownerId)) add('ownerId', 'is not a known person');
  linkProblems(add, cat, input, selfId);
  if (input.startDate !== null && !isValidIsoDate(input.startDate ?? ''))
    add('startDate', 'must be a date (YYYY-MM-DD) or empty');
  if (!isValidIsoDate(input.dueDate ?? '')) add('dueDate', 'must be a date (YYYY-MM-DD)');
  else if (input.startDate && isValidIsoDate(input.startDate) && input.startDate > input.dueDate)
    add('dueDate', 'must not be before the start date');
  (input.milestones ?? []).forEach((m, i) => {
    if (!m.title?.trim()) add(`milestones.${i}.title`, 'is required');
    if (!isValidIsoDate(m.dueDate ?? ''))
      add(`milestones.${i}.dueDate`, 'must be a date (YYYY-MM-DD)');
  });
  if (!FREQUENCIES.includes(input.updateFrequency))
    add('updateFrequency', `must be one of ${FREQUENCIES.join(', ')}`);
  return problems;
}

/** Linked objectives must exist; a retired one may stay linked but is not offered for new links. */
function linkProblems(add: Add, cat: Catalogue, input: KeyActionInput, selfId: string | null) {
  const ids = input.objectiveIds ?? [];
  if (input.businessAsUsual && ids.length)
    add('objectiveIds', 'must be empty for business as usual (it serves no objective)');
  if (!input.businessAsUsual && !ids.length)
    add('objectiveIds', 'choose at least one objective, or mark it business as usual');
  const stored = new Set(cat.keyActions.find((a) => a.id === selfId)?.objectiveIds ?? []);
  ids.forEach((id, i) => {
    const objective = cat.objectives.find((o) => o.id === id);
    if (!objective) add(`objectiveIds.${i}`, 'is not a known objective');
    else if (objective.retired && !stored.has(id))
      add(`objectiveIds.${i}`, `“${objective.title}” is retired and takes no new links`);
  });
}
