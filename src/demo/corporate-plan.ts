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

export interface PlanBundle {
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
    title: `Elmstead Together: Council Plan ${first}–${first + 4}`,
    firstYear: fyLabel(first),
    lastYear: fyLabel(first + 3),
    vision: 'A greener, fairer and more prosperous Elmstead where every resident can thrive.',
  };
  const priorities: Priority[] = [];
  const objectives: Objective[] = [];
  const objectiveIdByCode: Record<string, string> = {};
  PRIORITIES.forEach((p, i) => {
    const priorityId = demoId('priorities', i + 1);
    priorities.push({ id: priorityId, planId, code: `P${i + 1}`, title: p.title, order: i + 1 });
    p.objectives.forEach((title, j) => {
      const id = demoId('objectives', i * 3 + j + 1);
      const code = `P${i + 1}.${j + 1}`;
      objectives.push({ id, priorityId, code, title });
      objectiveIdByCode[code] = id;
    });
  });
  return { plan, priorities, objectives, objectiveIdByCode };
}
