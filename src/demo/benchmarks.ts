// The demo council's comparator data (issue 16): an England average and fifteen CIPFA nearest
// neighbours (invented councils, GSS codes of the E07000xxx form in a range no real district has),
// for the last two completed financial years: each year, and for quarterly and half-yearly
// indicators the last completed year's quarters or halves too (monthly ones are compared by year
// only, as LG Inform mostly publishes them, which keeps the demo small). Figures sit around the
// period's own target, spread as councils are, deterministic for the seed and moving with today.
import type {
  BenchmarkValue,
  ComparatorGroup,
  IsoDate,
  Target,
  UnitKind,
} from '../domain/model/types.js';
import {
  kindForFrequency,
  makePeriod,
  periodsOfYear,
  type Period,
} from '../domain/periods/index.js';
import { fyLabel, instantAt } from './dates.js';
import { demoId, idSequence } from './ids.js';
import type { BuiltIndicator } from './indicators.js';
import { randomFor, type Random } from './prng.js';

export const DEMO_ENGLAND_GROUP_ID = demoId('comparatorGroups', 1);
export const DEMO_CIPFA_GROUP_ID = demoId('comparatorGroups', 2);

const NEIGHBOURS: readonly string[] = [
  'Kingsmere District Council',
  'Larkfield Borough Council',
  'Oakhurst District Council',
  'Brackenford District Council',
  'Highmoor Borough Council',
  'Fenwick Vale District Council',
  'Marlbridge District Council',
  'Sedgecombe Borough Council',
  'Wychdale District Council',
  'Coldharbour Vale District Council',
  'Hartwell Downs District Council',
  'Ravensmoor Borough Council',
  'Ellerby District Council',
  'Stonecross District Council',
  'Ashwell Forest District Council',
];

export function demoComparatorGroups(): (ComparatorGroup & { id: string })[] {
  return [
    { id: DEMO_ENGLAND_GROUP_ID, name: 'England average', kind: 'england', members: [] },
    {
      id: DEMO_CIPFA_GROUP_ID,
      name: 'CIPFA nearest neighbours',
      kind: 'nearest-neighbours',
      members: NEIGHBOURS.map((areaName, i) => ({
        areaCode: `E07000${String(901 + i).padStart(3, '0')}`,
        areaName,
      })),
    },
  ];
}

/** The periods compared: both years, and the later year's parts for a part-year frequency. */
function periodsFor(
  frequency: BuiltIndicator['indicator']['frequency'],
  fyStart: number,
): Period[] {
  const kind = kindForFrequency(frequency);
  const years = [fyStart - 2, fyStart - 1].map((y) => makePeriod('year', y, 1));
  const parts =
    kind === 'quarter' || kind === 'half' ? periodsOfYear(fyLabel(fyStart - 1), kind) : [];
  return [...years, ...parts];
}

function centreOf(
  built: BuiltIndicator,
  period: Period,
  targets: Map<string, Target>,
): number | null {
  const target = targets.get(`${built.indicator.id}|${period.year}`);
  const fromTarget = period.kind === 'year' ? target?.annual : target?.profile[period.key];
  return fromTarget ?? target?.annual ?? built.spec.centre ?? null;
}

function plausible(value: number, unit: UnitKind, decimals: number): number {
  const bounded = unit === 'percentage' ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
  const f = 10 ** decimals;
  return Math.round(bounded * f) / f;
}

/** A council's figure: around the centre, councils of a family differing by about 8%. */
function figure(rng: Random, centre: number, built: BuiltIndicator, spread = 0.08): number {
  const { unit, decimals } = built.indicator;
  return plausible(rng.normal(centre, Math.abs(centre) * spread), unit, decimals);
}

export function buildBenchmarkValues(input: {
  today: IsoDate;
  fyStart: number;
  seed: number;
  indicators: readonly BuiltIndicator[];
  targets: readonly Target[];
}): (BenchmarkValue & { id: string })[] {
  const nextId = idSequence('benchmarkValues');
  const targets = new Map(input.targets.map((t) => [`${t.indicatorId}|${t.year}`, t]));
  const members = demoComparatorGroups()[1]!.members;
  // Imported on the first working morning of this year, as a performance team loads last year's.
  const importedAt = instantAt(
    `${input.fyStart}-04-01` < input.today ? `${input.fyStart}-04-01` : input.today,
    9,
    30,
  );
  const out: (BenchmarkValue & { id: string })[] = [];
  for (const built of input.indicators) {
    if (built.spec.retired || built.spec.contextOnly) continue;
    const rng = randomFor(input.seed, `benchmarks ${built.spec.code}`);
    const source = `LG Inform, ${fyLabel(input.fyStart - 1)} release`;
    for (const period of periodsFor(built.indicator.frequency, input.fyStart)) {
      const centre = centreOf(built, period, targets);
      if (centre === null) continue;
      const common = { indicatorId: built.indicator.id, periodKey: period.key, source, importedAt };
      const average = (groupId: string, value: number) => ({
        id: nextId(),
        ...common,
        groupId,
        kind: 'average' as const,
        areaCode: null,
        areaName: null,
        value,
      });
      // Last year's figures are the ones the indicator's own benchmarks quote (indicators.ts): the
      // England average and the neighbours' published average are those, so the page never shows
      // two different "nearest neighbours" figures for one year.
      const lastYear = period.kind === 'year' && period.fyStart === input.fyStart - 1;
      const england = lastYear ? built.spec.england : undefined;
      const neighbours = lastYear ? built.spec.neighbours : undefined;
      out.push(average(DEMO_ENGLAND_GROUP_ID, england ?? figure(rng, centre, built, 0.03)));
      if (neighbours !== undefined) out.push(average(DEMO_CIPFA_GROUP_ID, neighbours));
      for (const m of members) {
        out.push({
          id: nextId(),
          ...common,
          groupId: DEMO_CIPFA_GROUP_ID,
          kind: 'member',
          areaCode: m.areaCode,
          areaName: m.areaName,
          value: figure(rng, neighbours ?? centre, built),
        });
      }
    }
  }
  return out;
}
