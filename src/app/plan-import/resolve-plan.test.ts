// The file-level resolution on its own, without a store: ids for new items, parents and links
// found in the file or the snapshot, order after stored siblings, which new plan is current, and
// an update that names only what differs.
import { describe, expect, it } from 'vitest';
import type { Person, Service } from '../../domain/model/types.js';
import { ProblemList } from '../import/problems.js';
import { readTable } from '../import/read-records.js';
import { PLAN_TABLE } from './columns.js';
import { readPlanRecord, type PlanRecord } from './plan-records.js';
import type { PlanSnapshot } from './plan-snapshot.js';
import { resolvePlan } from './resolve-plan.js';

const service: Service = {
  id: 'svc',
  name: 'Housing',
  directorateId: 'd',
  portfolioId: 'p',
  headId: 'head',
};
const owner = { id: 'owner', email: 'Owner@Council.example' } as Person;
const lookups = {
  service: (ref: string) => (ref === 'svc' || ref.toLowerCase() === 'housing' ? service : null),
  person: (ref: string) =>
    ref === owner.id || ref.toLowerCase() === 'owner@council.example' ? owner : null,
};

function snapshot(): PlanSnapshot {
  return {
    plans: [
      {
        id: 'plan-old',
        code: 'CP',
        title: 'Council Plan',
        firstYear: '2024/25',
        lastYear: '2027/28',
        vision: '',
        current: true,
      },
    ],
    priorities: [
      {
        id: 'pri-1',
        planId: 'plan-old',
        code: 'CP-P1',
        title: 'Homes',
        order: 4,
        description: '',
        retired: false,
      },
    ],
    objectives: [
      {
        id: 'obj-1',
        priorityId: 'pri-1',
        code: 'CP-O1',
        title: 'More homes',
        order: 1,
        retired: false,
      },
    ],
    servicePlans: [],
    keyActions: [],
    services: new Map([[service.id, service]]),
  };
}

function resolve(csv: string, snap = snapshot()) {
  const problems = new ProblemList();
  const { columns, rows } = readTable(csv, PLAN_TABLE, problems);
  const records = rows
    .map((r) => readPlanRecord(r, columns, lookups, problems))
    .filter((r): r is PlanRecord => r !== null);
  let n = 0;
  const changes = resolvePlan(records, snap, problems, {
    actorId: 'me',
    newId: () => `new-${++n}`,
  });
  return { changes, problems: problems.items.map((p) => `${p.field}: ${p.message}`) };
}

const HEADER =
  'level,code,title,parent,start,end,service,year,owner,objectives,description,corporate_project';

describe('resolvePlan', () => {
  it('links children to parents in the file (in any order) and in the store', () => {
    const { changes, problems } = resolve(
      [
        HEADER,
        'key-action,HS-KA1,Build 50 homes,HS-2025/26,01/04/2025,31/03/2026,,,owner@council.example,cp-o1;NP-O1,,Yes',
        'objective,NP-O1,Fewer empty homes,NP-P1,,,,,,,,',
        'priority,NP-P1,Homes for all,NP,,,,,,,,',
        'plan,NP,New Plan,,2028/29,2031/32,,,,,A vision,',
        'priority,CP-P2,Jobs,CP,,,,,,,,',
        'service-plan,HS-2025/26,Housing plan,,,,housing,2025/26,,,,',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const byCode = new Map(
      changes.map((c) => [c.kind === 'create' ? String(c.fields.code) : c.id, c]),
    );
    expect(byCode.get('HS-KA1')).toMatchObject({
      kind: 'create',
      list: 'keyActions',
      fields: {
        servicePlanId: byCode.get('HS-2025/26')!.id,
        objectiveIds: ['obj-1', byCode.get('NP-O1')!.id],
        businessAsUsual: false,
        corporateProject: true,
        startDate: '2025-04-01',
        dueDate: '2026-03-31',
        ownerId: 'owner',
      },
    });
    // The store already has a current plan, so the new one waits to be made current.
    expect(byCode.get('NP')).toMatchObject({ fields: { current: false, vision: 'A vision' } });
    // After the stored priority (order 4); a new plan's first priority is 1.
    expect(byCode.get('CP-P2')).toMatchObject({ fields: { planId: 'plan-old', order: 5 } });
    expect(byCode.get('NP-P1')).toMatchObject({ fields: { order: 1 } });
    // No owner given: the service's head.
    expect(byCode.get('HS-2025/26')).toMatchObject({
      fields: { serviceId: 'svc', ownerId: 'head' },
    });
  });

  it('updates a stored item by code with only what differs, and a same row with nothing', () => {
    const { changes } = resolve(
      [
        'level,code,title,parent',
        'priority,cp-p1,Homes,CP',
        'objective,CP-O1,More and better homes,CP-P1',
      ].join('\n'),
    );
    expect(changes).toEqual([
      {
        kind: 'update',
        list: 'objectives',
        id: 'obj-1',
        patch: { title: 'More and better homes' },
        line: 3,
      },
    ]);
  });

  it('reports every problem against its line and column', () => {
    const { problems } = resolve(
      [
        HEADER,
        'plan,NP,New Plan,,2028/29,2031/33,,,,,,',
        'priority,NP-P1,Homes,,,,,,,,,',
        'objective,NP-O1,Homes,NP-P1,,,,,,,Not for objectives,',
        'stage,NP-S1,Nope,,,,,,,,,',
        'service-plan,HS,Housing plan,CP,,,Parks,2025/26,,,,',
        'key-action,KA,Act,HS,31/03/2026,01/04/2025,,,owner,,,maybe',
        'key-action,ka,Act again,HS,,31/03/2026,,,owner,,,',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'line 2 end: "2031/33" is not a financial year: 33 does not follow 2031 (did you mean 2031/32?)',
      'line 3 parent: is required for a priority (its plan’s code)',
      'line 4 description: is not used for an objective; leave it blank',
      'line 5 level: "stage" is not a level; use plan, priority, objective, service-plan, key-action',
      'line 6 parent: is not used for a service plan; leave it blank',
      'line 6 service: "Parks" is not a service in the store',
      'line 7 corporate_project: "maybe" is not yes or no',
      'line 8 code: "ka" is already used on line 7',
    ]);
  });
});
