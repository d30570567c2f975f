// The four-year corporate plan (Council Plan) with its priorities and objectives: the top of the
// golden thread that key actions and indicators link up to.
import type { CorporatePlan, Objective, Priority } from '../domain/model/types.js';
import { fyLabel } from './dates.js';
import { demoId } from './ids.js';

const PRIORITIES: Array<{ title: string; objectives: [string, string, string] }> = [
  {
    title: 'A clean, green and safe borough',
    objectives: [
      'Reduce waste and increase recycling',
      'Keep streets and open spaces clean and well maintained',
      'Cut the council’s carbon emissions towards net zero by 2030',
    ],
  },
  {
    title: 'A thriving local economy',
    objectives: [
      'Support local businesses to start, stay and grow',
      'Deliver a timely and fair planning service that enables good growth',
      'Regenerate Elmstead town centre',
    ],
  },
  {
    title: 'Good homes for everyone',
    objectives: [
      'Increase the supply of affordable homes',
      'Prevent homelessness and reduce the use of temporary accommodation',
      'Improve the condition of private rented and empty homes',
    ],
  },
  {
    title: 'Healthy, active and connected communities',
    objectives: [
      'Help residents lead active and healthy lives',
      'Protect public health through food safety and licensing',
      'Support people who are struggling with the cost of living',
    ],
  },
  {
    title: 'An efficient, customer-focused council',
    objectives: [
      'Make it easy to deal with the council online and in person',
      'Keep the council financially sustainable',
      'Be a good employer with a healthy, skilled workforce',
    ],
  },
];

/** The plan before this one: ended, read-only, kept for its history. */
const PREVIOUS_PRIORITIES: Array<{ title: string; objectives: [string, string] }> = [
  {
    title: 'Cleaner streets and neighbourhoods',
    objectives: ['Raise the recycling rate above 45%', 'Halve fly-tipping incidents'],
  },
  {
    title: 'Jobs and growth',
    objectives: ['Bring forward the town centre masterplan', 'Support 500 new businesses'],
  },
  {
    title: 'Homes and health',
    objectives: ['Deliver 400 affordable homes', 'Increase leisure participation'],
  },
  {
    title: 'A modern council',
    objectives: ['Move the main services online', 'Balance the budget without reserves'],
  },
];

export interface PlanBundle {
  /** The current plan first, then the one before it. */
  plans: CorporatePlan[];
  plan: CorporatePlan;
  priorities: Priority[];
  objectives: Objective[];
  /** Objective id by code, `P1.1` → id. */
  objectiveIdByCode: Record<string, string>;
}

/** A four-year plan that began two financial years before the current one, so it covers it. */
export function buildCorporatePlan(currentFyStart: number): PlanBundle {
  const planId = demoId('plans', 1);
  const first = currentFyStart - 2;
  const plan: CorporatePlan = {
    id: planId,
    code: 'CP',
    title: `Elmstead Together: Council Plan ${first}–${first + 4}`,
    firstYear: fyLabel(first),
    lastYear: fyLabel(first + 3),
    vision: 'A greener, fairer and more prosperous Elmstead where every resident can thrive.',
    current: true,
  };
  const previous: CorporatePlan = {
    id: demoId('plans', 2),
    code: 'CP-PREV',
    title: `Elmstead Forward: Corporate Strategy ${first - 4}–${first}`,
    firstYear: fyLabel(first - 4),
    lastYear: fyLabel(first - 1),
    vision: 'A cleaner, more prosperous Elmstead with a council that lives within its means.',
    current: false,
  };
  const priorities: Priority[] = [];
  const objectives: Objective[] = [];
  const objectiveIdByCode: Record<string, string> = {};
  const add = (
    planKey: string,
    list: ReadonlyArray<{ title: string; objectives: readonly string[] }>,
    prefix: string,
  ) =>
    list.forEach((p, i) => {
      const priorityId = demoId('priorities', priorities.length + 1);
      priorities.push({
        id: priorityId,
        planId: planKey,
        code: `${prefix}P${i + 1}`,
        title: p.title,
        order: i + 1,
        description: '',
        retired: false,
      });
      p.objectives.forEach((title, j) => {
        const id = demoId('objectives', objectives.length + 1);
        const code = `${prefix}P${i + 1}.${j + 1}`;
        objectives.push({ id, priorityId, code, title, order: j + 1, retired: false });
        objectiveIdByCode[code] = id;
      });
    });
  add(planId, PRIORITIES, '');
  add(previous.id, PREVIOUS_PRIORITIES, 'S');
  return { plans: [plan, previous], plan, priorities, objectives, objectiveIdByCode };
}
