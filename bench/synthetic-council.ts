// A synthetic council at benchmark scale: N monthly indicators with M months of authorised returns,
// written into any store through the store port. Values are spread around the target so every
// rating occurs.
import type { ListShapes, Store, WriteOp } from '../src/domain/ports/store.js';
import { makePeriod, nextPeriod, type Period } from '../src/domain/periods/index.js';
import { blankReturn } from '../src/app/returns/open-returns.js';
import { createRandom } from '../src/demo/index.js';

export interface SyntheticOptions {
  indicators: number;
  months: number;
  /** First month of the history. */
  firstFyStart: number;
  /** The last this many months are left to enter (blank returns), for write journeys. */
  openMonths?: number;
  /**
   * Collection Officers beyond the one every indicator has by default: indicator i is collected by
   * officer i mod `officers`, as in a council where each officer owns a handful.
   */
  officers?: number;
  /** Key actions in one service plan for the last period's year, linked to the objective. */
  keyActions?: number;
}

const PEOPLE = ['collector', 'responsible', 'authoriser', 'admin'];

export function syntheticPeriods(options: SyntheticOptions): Period[] {
  const periods: Period[] = [makePeriod('month', options.firstFyStart, 1)];
  while (periods.length < options.months) periods.push(nextPeriod(periods[periods.length - 1]!));
  return periods;
}

export function syntheticOps(options: SyntheticOptions): WriteOp[] {
  const rnd = createRandom(7);
  const ops: WriteOp[] = [];
  const create = (list: WriteOp['list'], id: string, fields: object) =>
    ops.push({ kind: 'create', list, id, fields: fields as Record<string, unknown> });
  const collectors = Array.from({ length: options.officers ?? 0 }, (_, i) => `officer-${i}`);
  for (const p of [...PEOPLE, ...collectors]) {
    const person: ListShapes['people'] = {
      name: `Bench ${p}`,
      email: `${p}@bench.example`,
      jobTitle: p,
      roles: p === 'admin' ? ['admin', 'officer'] : ['officer'],
      delegateId: null,
      onLeaveUntil: null,
      directorateId: 'd1',
    };
    create('people', p, person);
  }
  const collectorOf = (i: number) =>
    collectors.length ? collectors[i % collectors.length]! : 'collector';
  create('directorates', 'd1', { name: 'Directorate', directorId: null });
  create('portfolios', 'pf1', { name: 'Portfolio', holder: 'Cllr Bench' });
  create('services', 's1', {
    name: 'Service',
    directorateId: 'd1',
    portfolioId: 'pf1',
    headId: null,
  });
  create('plans', 'plan', { title: 'Plan', firstYear: '2020/21', lastYear: '2030/31', vision: '' });
  create('priorities', 'p1', { planId: 'plan', code: 'P1', title: 'Priority', order: 1 });
  create('objectives', 'o1', { priorityId: 'p1', code: 'P1.1', title: 'Objective' });
  const periods = syntheticPeriods(options);
  const years = [...new Set(periods.map((p) => p.year))];
  for (let i = 0; i < options.indicators; i++) {
    const id = `ind-${i}`;
    const higher = i % 2 === 0;
    const indicator: ListShapes['indicators'] = {
      code: `BM${String(i).padStart(3, '0')}`,
      title: `Benchmark indicator ${i}`,
      definition: '',
      procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
      unit: 'number',
      decimals: 1,
      polarity: higher ? 'higher' : 'lower',
      frequency: 'monthly',
      ytd: 'average',
      scope: i % 3 === 0 ? 'corporate' : 'local',
      serviceId: 's1',
      objectiveIds: ['o1'],
      collectorId: collectorOf(i),
      responsibleId: 'responsible',
      authoriserId: 'authoriser',
      escalationOwnerId: 'admin',
      benchmarks: [],
      contextOnly: false,
      published: true,
      retired: false,
      reminderPolicy: null,
    };
    create('indicators', id, indicator);
    for (const year of years) {
      const profile = Object.fromEntries(
        periods.filter((p) => p.year === year).map((p) => [p.key, 100]),
      );
      create('targets', `${id}|${year}`, { indicatorId: id, year, annual: 100, profile });
    }
    const open = new Set(
      periods.slice(periods.length - (options.openMonths ?? 0)).map((p) => p.key),
    );
    for (const p of periods) {
      if (open.has(p.key)) {
        create('returns', `${id}|${p.key}`, blankReturn(id, p.key));
        continue;
      }
      create('returns', `${id}|${p.key}`, {
        ...blankReturn(id, p.key),
        state: 'authorised',
        value: Math.round((80 + rnd.next() * 40) * 10) / 10,
        commentary: 'Synthetic figure',
        enteredBy: collectorOf(i),
        checkedBy: 'responsible',
        authorisedBy: 'authoriser',
      });
    }
  }
  ops.push(...keyActionOps(years.at(-1)!, options.keyActions ?? 0));
  return ops;
}

const STATUSES = ['on-track', 'not-started', 'some-risk', 'complete', 'unlikely'] as const;

/**
 * `count` key actions in one service plan ("sp1", service "s1") for `year`, their statuses and
 * progress spread out; `vary` changes what a benchmark needs changed (links, titles).
 */
export function keyActionOps(
  year: string,
  count: number,
  vary: (i: number) => Partial<ListShapes['keyActions']> = () => ({}),
): WriteOp[] {
  if (count === 0) return [];
  const servicePlan: ListShapes['servicePlans'] = {
    code: 'SP1',
    serviceId: 's1',
    year,
    title: 'Service plan',
    ownerId: 'responsible',
    retired: false,
    copiedFromId: null,
  };
  const ops: WriteOp[] = [
    { kind: 'create', list: 'servicePlans', id: 'sp1', fields: { ...servicePlan } },
  ];
  const start = Number(year.slice(0, 4));
  for (let i = 0; i < count; i++) {
    const action: ListShapes['keyActions'] = {
      servicePlanId: 'sp1',
      code: `KA${i}`,
      title: `Key action ${i}`,
      description: '',
      objectiveIds: ['o1'],
      businessAsUsual: false,
      corporateProject: i % 25 === 0,
      ownerId: 'responsible',
      startDate: `${start}-04-01`,
      dueDate: `${start + 1}-03-31`,
      milestones: [{ title: 'Halfway', dueDate: `${start}-10-01`, done: i % 2 === 0 }],
      updateFrequency: 'quarterly',
      retired: false,
      copiedFromId: null,
      status: STATUSES[i % STATUSES.length]!,
      outcome: 'as-expected',
      percentComplete: (i * 13) % 100,
      lastUpdate: 'Synthetic progress',
      lastUpdatedAt: null,
      evidenceUrl: null,
      revisedDueDate: null,
      revisedDueReason: null,
      nextMilestone: '',
      ...vary(i),
    };
    ops.push({ kind: 'create', list: 'keyActions', id: `ka-${i}`, fields: { ...action } });
  }
  return ops;
}

export async function seedSynthetic(store: Store, options: SyntheticOptions): Promise<void> {
  await store.writeMany(syntheticOps(options), {
    actorId: 'system',
    channel: 'system',
    event: 'bench.seeded',
  });
}
