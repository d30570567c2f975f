// Service plans (one per service per financial year) and their key actions, with a realistic
// spread of progress: mostly on track, some at risk, a couple unlikely, some already complete.
import type {
  ActionOutcome,
  ActionStatus,
  IsoDate,
  KeyAction,
  ServicePlan,
} from '../domain/model/types.js';
import { addDaysIso, fyLabel, instantAt } from './dates.js';
import { idSequence } from './ids.js';
import { KEY_ACTIONS, type KeyActionSpec } from './key-action-catalogue.js';
import { SERVICE_KEYS, SERVICE_SPECS, DIRECTORATE_SPECS, type ServiceKey } from './organisation.js';
import { personId } from './people.js';
import type { Random } from './prng.js';

export interface KeyActionContext {
  today: IsoDate;
  fyStart: number;
  serviceIds: Record<ServiceKey, string>;
  objectiveIdByCode: Record<string, string>;
  rng: Random;
}

/** The current year's mix, shuffled over the 36 actions: every status appears, two unlikely. */
const CURRENT_MIX: ActionStatus[] = [
  ...Array<ActionStatus>(21).fill('on-track'),
  ...Array<ActionStatus>(5).fill('some-risk'),
  ...Array<ActionStatus>(6).fill('complete'),
  'unlikely',
  'unlikely',
  'not-started',
  'not-started',
];

const UPDATES: Record<ActionStatus, string[]> = {
  'not-started': [
    'Scheduled to start next quarter once funding is confirmed.',
    'Not yet started: waiting for the project board to approve the brief.',
  ],
  'on-track': [
    'Progressing to plan; the next milestone is on schedule.',
    'Procurement complete and the contractor is mobilising. On track.',
    'Consultation closed with good response; report going to Cabinet next month.',
    'Work under way and within budget. No issues to report.',
  ],
  'some-risk': [
    'Supplier lead times have slipped by six weeks; mitigation agreed with the contractor.',
    'Staff vacancy in the project team is slowing progress; recruitment under way.',
    'Dependent on a partner decision that has been delayed; escalated to the director.',
  ],
  unlikely: [
    'Tender returned over budget; the scheme needs re-scoping and will not complete this year.',
    'Government guidance has changed and the project must be re-planned; completion now expected next year.',
  ],
  complete: [
    'Completed on time and within budget.',
    'Delivered; benefits now being monitored through the service KPIs.',
  ],
};

function outcomeFor(status: ActionStatus, rng: Random): ActionOutcome {
  if (status === 'unlikely') return 'below';
  if (status === 'some-risk') return rng.chance(0.5) ? 'below' : 'as-expected';
  if (status === 'complete' || status === 'on-track')
    return rng.chance(0.25) ? 'exceeding' : 'as-expected';
  return 'as-expected';
}

function percentFor(status: ActionStatus, rng: Random): number {
  const ranges: Record<ActionStatus, [number, number]> = {
    'not-started': [0, 0],
    'on-track': [20, 85],
    'some-risk': [15, 70],
    unlikely: [5, 40],
    complete: [100, 100],
  };
  const [lo, hi] = ranges[status];
  return Math.round(rng.int(lo, hi) / 5) * 5;
}

function dueDateFor(status: ActionStatus, ctx: KeyActionContext): IsoDate {
  const fyFirst = `${ctx.fyStart}-04-01`;
  // Unfinished work is due in the future (or it would be late and at risk); finished work may be past.
  if (status === 'complete') {
    const latest = addDaysIso(ctx.today, 60);
    const from = addDaysIso(fyFirst, 45);
    return from < latest
      ? addDaysIso(from, ctx.rng.int(0, Math.max(0, daysSpan(from, latest))))
      : latest;
  }
  // Due by the end of the plan's year, unless the year is all but over.
  const from = addDaysIso(ctx.today, 14);
  const yearEnd = `${ctx.fyStart + 1}-03-31`;
  return from >= yearEnd ? from : addDaysIso(from, ctx.rng.int(0, daysSpan(from, yearEnd)));
}

function daysSpan(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function ownerFor(key: ServiceKey, index: number): string {
  const spec = SERVICE_SPECS[key];
  // Most actions sit with the service manager; the larger projects with the head of service.
  return personId(index === 0 ? DIRECTORATE_SPECS[spec.directorate].head : spec.manager);
}

export function buildServicePlansAndActions(ctx: KeyActionContext): {
  servicePlans: ServicePlan[];
  keyActions: KeyAction[];
} {
  const nextPlanId = idSequence('servicePlans');
  const nextActionId = idSequence('keyActions');
  const servicePlans: ServicePlan[] = [];
  const keyActions: KeyAction[] = [];
  const mix = shuffle(CURRENT_MIX, ctx.rng);
  let mixIndex = 0;
  for (const offset of [-2, -1, 0]) {
    const fy = ctx.fyStart + offset;
    for (const key of SERVICE_KEYS) {
      const spec = SERVICE_SPECS[key];
      const plan: ServicePlan = {
        id: nextPlanId(),
        code: `${key}-${fyLabel(fy)}`,
        serviceId: ctx.serviceIds[key],
        year: fyLabel(fy),
        title: `${spec.name} Service Plan ${fyLabel(fy)}`,
        ownerId: personId(spec.manager),
        retired: false,
        copiedFromId: null,
      };
      servicePlans.push(plan);
      const specs =
        offset === 0
          ? KEY_ACTIONS[key].current
          : [KEY_ACTIONS[key].past[offset + 2] as KeyActionSpec];
      specs.forEach((s, i) => {
        const status = offset === 0 ? (mix[mixIndex++] as ActionStatus) : pastStatus(key, offset);
        keyActions.push(
          buildAction(
            s,
            status,
            plan.id,
            offset === 0 ? `${key}-KA${i + 1}` : `${key}-${fy % 100}-KA${i + 1}`,
            ownerFor(key, i),
            fy,
            offset,
            ctx,
            nextActionId(),
          ),
        );
      });
    }
  }
  return { servicePlans, keyActions };
}

/** Past years: nearly everything finished; two were never delivered and were carried forward. */
function pastStatus(key: ServiceKey, offset: number): ActionStatus {
  return (key === 'PL' && offset === -1) || (key === 'HS' && offset === -2)
    ? 'unlikely'
    : 'complete';
}

function buildAction(
  spec: KeyActionSpec,
  status: ActionStatus,
  servicePlanId: string,
  code: string,
  ownerId: string,
  fy: number,
  offset: number,
  ctx: KeyActionContext,
  id: string,
): KeyAction {
  const { rng } = ctx;
  const past = offset < 0;
  const dueDate = past ? addDaysIso(`${fy}-04-01`, rng.int(120, 360)) : dueDateFor(status, ctx);
  const updatedOn = past
    ? addDaysIso(`${fy + 1}-03-31`, -rng.int(0, 20))
    : addDaysIso(ctx.today, -rng.int(1, 40));
  const lastUpdate =
    past && status === 'unlikely'
      ? 'Not delivered this year; carried forward into next year’s service plan.'
      : rng.pick(UPDATES[status]);
  // Started in the first two months of the year, but never after the action was due (work
  // finished early in April started in the previous year's last weeks).
  const planned = addDaysIso(`${fy}-04-01`, rng.int(0, 60));
  const latestStart = addDaysIso(dueDate, -30);
  const startDate = planned < latestStart ? planned : latestStart;
  return {
    id,
    servicePlanId,
    code,
    title: spec.title,
    description: spec.description ?? '',
    objectiveIds: spec.objectives.map((c) => ctx.objectiveIdByCode[c] as string),
    businessAsUsual: spec.objectives.length === 0,
    corporateProject: spec.corporateProject === true && offset === 0,
    ownerId,
    startDate,
    dueDate,
    milestones: milestonesFor(spec, startDate, dueDate),
    updateFrequency: 'quarterly',
    retired: false,
    copiedFromId: null,
    evidenceUrl: null,
    revisedDueDate: null,
    revisedDueReason: null,
    nextMilestone: '',
    status,
    outcome: outcomeFor(status, rng),
    percentComplete: percentFor(status, rng),
    lastUpdate: status === 'not-started' && !past ? rng.pick(UPDATES['not-started']) : lastUpdate,
    lastUpdatedAt:
      status === 'not-started' ? null : instantAt(updatedOn, rng.int(8, 16), rng.int(0, 59)),
  };
}

/** Milestones spread between start and due; which are done follows the progress updates. */
function milestonesFor(
  spec: KeyActionSpec,
  startDate: IsoDate,
  dueDate: IsoDate,
): KeyAction['milestones'] {
  const titles = spec.milestones ?? [];
  const span = Math.max(1, daysSpan(startDate, dueDate));
  return titles.map((title, i) => {
    const date = addDaysIso(startDate, Math.round((span * (i + 1)) / (titles.length + 1)));
    return { title, dueDate: date, done: false };
  });
}

function shuffle<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
